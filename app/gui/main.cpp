// dangjian: the desktop program. Everything lives in the libraries; this only starts it.
#include "app/Application.h"

int main(int argc, char **argv)
{
    Application app(argc, argv);
    return app.start();
}
