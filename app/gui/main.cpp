// dangjian: the desktop program. Everything lives in the libraries; this only starts it.
#include "app/Application.h"
#include "storage/PrivateFiles.h"

int main(int argc, char **argv)
{
    dj::PrivateFiles::restrictProcess(); // everything written from here on is the user's alone
    Application app(argc, argv);
    return app.start();
}
