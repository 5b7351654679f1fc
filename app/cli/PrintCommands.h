#pragma once

#include "CliContext.h"

// print: the printed forms to PDF, headless (needs the GUI build: QtGui, no display).
namespace cli {
int print(const CliArgs &a);
} // namespace cli
