// The ICU C API as Debian's libicu-dev installs it. Only CICUShim includes this.
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/uspoof.h>
#include <unicode/uscript.h>
