/* A panel's screens/NAME.ini: any file is loaded or refused with a message;
 * a loaded layout names only the panel's fields, within the bounds. */
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "tui_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const panel_ops *const panels[] = {&savings_panel,    &staffing_panel,  &reviews_panel,
                                              &risks_panel,      &bridge_panel,    &kpis_panel,
                                              &kpi_values_panel, &investment_panel};
    static char home[64];
    if (home[0] == '\0') {
        char made[] = "/tmp/assure-fuzz-layout-XXXXXX"; /* a folder of our own: nothing planted */
        if (mkdtemp(made) == NULL)
            abort();
        snprintf(home, sizeof home, "%s", made);
        char dir[128];
        snprintf(dir, sizeof dir, "%s/assure", home);
        if (mkdir(dir, 0700) != 0)
            abort();
        snprintf(dir, sizeof dir, "%s/assure/screens", home);
        if (mkdir(dir, 0700) != 0)
            abort();
        setenv("XDG_CONFIG_HOME", home, 1);
    }
    if (size == 0)
        return 0;
    const panel_ops *ops = panels[data[0] % (sizeof panels / sizeof panels[0])];
    char path[256];
    snprintf(path, sizeof path, "%s/assure/screens/%s.ini", home, ops->name);
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data + 1, 1, size - 1, f) != size - 1 || fclose(f) != 0)
        abort();
    panel_layout layout;
    assure_error err = {""};
    if (layout_load(ops->name, ops->fields, ops->nfields, &layout, &err) == ASSURE_OK) {
        PROMISE(layout.title[0] != '\0');
        PROMISE(layout.key >= 1 && layout.key <= 9);
        PROMISE(layout.ncolumns <= LAYOUT_MAX_COLUMNS);
        for (size_t c = 0; c < layout.ncolumns; c++) {
            PROMISE(layout.columns[c].field >= 0 && (size_t)layout.columns[c].field < ops->nfields);
            PROMISE(layout.columns[c].width >= 1 && layout.columns[c].width <= 200);
            PROMISE(layout.columns[c].priority >= 1 && layout.columns[c].priority <= 9);
        }
        PROMISE(layout.sort_field >= -1 && layout.sort_field < (int)ops->nfields);
    } else {
        PROMISE(err.message[0] != '\0');
    }
    unlink(path);
    return 0;
}
