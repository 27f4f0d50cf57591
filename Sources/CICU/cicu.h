// System ICU, declared for pkg-config and the apt provider only. No Swift module imports this:
// Foundation on Linux bundles its own ICU and the two clash (see ../shared/design/ICU.md).
#include <unicode/utypes.h>
