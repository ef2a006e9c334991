/* theme.c - the one table of colours, and the glyphs for UTF-8 and ASCII.
 *
 * Colours keep the terminal's own background (so a light screen and a
 * projector read as well as a dark one); every RAG state also has a word, so
 * nothing depends on colour alone.  Without colour, emphasis comes from bold,
 * reverse and dim.
 */
#include "tui_internal.h"

typedef struct {
    short foreground, background;
    attr_t colour_attr; /* with colour */
    attr_t mono_attr;   /* without */
} element_style;

/* clang-format off */
static const element_style styles[E_COUNT] = {
    [E_NORMAL]     = {-1, -1, A_NORMAL, A_NORMAL},
    [E_HEADER]     = {COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD},
    [E_TAB]        = {-1, -1, A_NORMAL, A_NORMAL},
    [E_TAB_ACTIVE] = {COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD},
    [E_KEYBAR]     = {-1, -1, A_REVERSE, A_REVERSE},
    [E_KEY]        = {-1, -1, A_BOLD, A_BOLD},
    [E_SELECTED]   = {-1, -1, A_REVERSE, A_REVERSE},
    [E_TITLE]      = {COLOR_BLUE, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [E_DIM]        = {-1, -1, A_DIM, A_DIM},
    [E_RED]        = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [E_AMBER]      = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [E_GREEN]      = {COLOR_GREEN, -1, A_NORMAL, A_NORMAL},
    [E_BLUE]       = {COLOR_BLUE, -1, A_BOLD, A_NORMAL},
    [E_GREY]       = {-1, -1, A_DIM, A_DIM},
    [E_PIPELINE]   = {COLOR_MAGENTA, -1, A_NORMAL, A_NORMAL},
    [E_GOOD]       = {COLOR_GREEN, -1, A_NORMAL, A_NORMAL},
    [E_BAD]        = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [E_TOTAL]      = {-1, -1, A_BOLD, A_BOLD},
    [E_STATUS]     = {COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE},
};
/* clang-format on */

void theme_init(theme *t, bool utf8, bool colour)
{
    static const char *const spark_utf8[8] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    static const char *const spark_ascii[8] = {"_", "_", ".", "-", "-", "=", "^", "^"};
    t->utf8 = utf8;
    t->colour = colour;
    t->hline = utf8 ? "─" : "-";
    t->vline = utf8 ? "│" : "|";
    t->corner = utf8 ? "┼" : "+";
    t->block = utf8 ? "█" : "#";
    t->medium = utf8 ? "▓" : "=";
    t->shade = utf8 ? "░" : ".";
    t->tick = utf8 ? "│" : "|";
    for (int i = 0; i < 8; i++)
        t->spark[i] = utf8 ? spark_utf8[i] : spark_ascii[i];
    t->up = utf8 ? "▲" : "^";
    t->down = utf8 ? "▼" : "v";
    t->same = "=";
    t->ellipsis = utf8 ? "…" : "~";
    t->cursor = utf8 ? "▶" : ">";
    t->later = utf8 ? "»" : ">";
    t->earlier = utf8 ? "«" : "<";
    t->open = utf8 ? "▾" : "-";
    t->closed = utf8 ? "▸" : "+";
    t->baseline = utf8 ? "◇" : "o";
    t->forecast = utf8 ? "◆" : "*";
    t->met = utf8 ? "●" : "#";
    if (colour)
        for (int e = 1; e < E_COUNT; e++)
            init_pair((short)e, styles[e].foreground, styles[e].background);
}

attr_t theme_attr(const theme *t, element e)
{
    if ((unsigned)e >= E_COUNT)
        return A_NORMAL;
    if (!t->colour)
        return styles[e].mono_attr;
    attr_t pair = e == E_NORMAL ? 0 : (attr_t)COLOR_PAIR(e);
    return pair | styles[e].colour_attr;
}

element element_for_rag(rag value)
{
    switch (value) {
    case RAG_RED: return E_RED;
    case RAG_AMBER: return E_AMBER;
    case RAG_GREEN: return E_GREEN;
    case RAG_BLUE: return E_BLUE;
    case RAG_GREY: return E_GREY;
    case RAG_PIPELINE: return E_PIPELINE;
    case RAG_NONE: break;
    }
    return E_NORMAL;
}

const char *rag_word(rag value)
{
    static const char *const words[] = {"", "RED", "AMBER", "GREEN", "BLUE", "GREY", "PIPELINE"};
    return (unsigned)value <= RAG_PIPELINE ? words[value] : "";
}
