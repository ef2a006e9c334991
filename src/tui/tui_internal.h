/* tui_internal.h - every module of tui/, for a file that uses most of them. */
#ifndef ASSURE_TUI_INTERNAL_H
#define ASSURE_TUI_INTERNAL_H

#include "data.h"
#include "draw.h"
#include "export.h"
#include "form.h"
#include "keys.h"
#include "layout.h"
#include "panel.h"
#include "state.h"
#include "table.h"
#include "terminal.h"
#include "theme.h"

#endif
