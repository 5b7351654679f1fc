#pragma once

#include "EditCommand.h"

#include <functional>

// An undoable edit given as two functions over core, for the many small edits whose state
// fits in a lambda (an item's old and new values, a record's id). `apply` runs on the first
// run and on every redo; it may keep what it created in captured state so redo restores the
// same rows.
class FunctionCommand : public EditCommand
{
public:
    FunctionCommand(Session &session, const QString &text, std::function<void()> apply,
                    std::function<void()> revert)
        : EditCommand(session, text, false, false), m_apply(std::move(apply)), m_revert(std::move(revert))
    {
    }
    void apply() override { m_apply(); }
    void revert() override { m_revert(); }

private:
    std::function<void()> m_apply;
    std::function<void()> m_revert;
};
