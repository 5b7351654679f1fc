#pragma once

// Finding a named child widget in a UI test (the test stops when it is missing), and
// answering a modal dialog that code under test opens with exec().
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

// Runs `act` on the next modal dialog or message box once it is open, for code that calls
// exec(); if none opens within a few seconds the test fails instead of hanging.
inline void onNextModal(const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer;
    auto *started = new QElapsedTimer;
    started->start();
    QObject::connect(timer, &QTimer::timeout, [timer, started, act] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w && started->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete started;
        if (w)
            act(w);
    });
    timer->start(10);
}

// Runs `fill` on the dialog `open` brings up with exec(); a dialog `fill` leaves open is
// rejected, so a test never hangs in exec().
inline void withDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dlg);
        seen = true;
        fill(dlg);
        if (dlg->isVisible())
            dlg->reject();
    });
    open();
    CHECK(seen);
}
