/* assure.ini: any file is loaded or refused with a message; a loaded one
 * prints. */
#include <unistd.h>

#include "config.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    static FILE *sink;
    if (path[0] == '\0') {
        char dir[] = "/tmp/assure-fuzz-config-XXXXXX"; /* a folder of our own: nothing planted */
        if (mkdtemp(dir) == NULL)
            abort();
        snprintf(path, sizeof path, "%s/assure.ini", dir);
        sink = fopen("/dev/null", "w");
    }
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    config_lookup lookup = {path, NULL, NULL, NULL, "/nonexistent/assure.ini"};
    assure_config cfg;
    assure_error err = {""};
    assure_status status = config_load(&lookup, &cfg, &err);
    if (status == ASSURE_OK) {
        PROMISE(cfg.refresh >= 0);
        PROMISE(cfg.meeting_cycle > 0);
        config_print(&cfg, sink);
    } else {
        PROMISE(err.message[0] != '\0');
    }
    unlink(path);
    return 0;
}
