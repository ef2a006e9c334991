/* prompts.h - what the dashboard asks on its bottom line or in a form: a
 * filter, an export's format, whether to delete a row, a snapshot's label,
 * and the forms that add, edit and review rows. */
#ifndef ASSURE_TUI_PROMPTS_H
#define ASSURE_TUI_PROMPTS_H

#include "state.h"

void prompt_filter(tui_state *s);
/* f: what to find, the rows chosen as it is typed; . and , the next and previous. */
void prompt_find(tui_state *s);
void prompt_find_again(tui_state *s, int direction);
void prompt_export(tui_state *s);
void prompt_snapshot(tui_state *s);
/* Ask whether to delete the selected row, saying what will go. */
void prompt_delete(tui_state *s);
/* A form for the action (add, edit, review) on the selected row. */
void prompt_form(tui_state *s, action what);
/* A key while one of them is asked (the mode says which). */
void prompt_key(tui_state *s, int key);
/* The question on the bottom line, when one is asked; false when none is. */
bool prompt_draw(tui_state *s);

#endif
