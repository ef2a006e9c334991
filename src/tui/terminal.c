/* terminal.c - screen set-up, signals and hang-up detection. */
#include "terminal.h"

#include "input.h"

#include <curses.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

/* Set by the signal handler; read by the event loop.  A signal handler can
 * reach nothing else, so this one flag is global. */
static volatile sig_atomic_t stop_signal;
static SCREEN *screen;

static void on_stop_signal(int number)
{
    stop_signal = number;
}

int terminal_stop_signal(void)
{
    return (int)stop_signal;
}

static void install_handlers(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a signal interrupts the wait for a key. */
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
}

static bool locale_is_utf8(void)
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* LINES and COLUMNS, when set, override the terminal's own size, and ncurses
 * believes anything: a huge one makes newterm fail (or abort, allocating the
 * screen).  One that is not a size is dropped before ncurses reads it, and
 * named in warning. */
static void drop_absurd_size(const char *name, char *warning, size_t size)
{
    const char *value = getenv(name);
    if (value == NULL || value[0] == '\0')
        return;
    size_t digits = strspn(value, "0123456789");
    long number = digits > 0 && digits <= 4 && value[digits] == '\0' ? strtol(value, NULL, 10) : 0;
    if (number >= 1 && number <= TERMINAL_SIZE_MAX)
        return;
    size_t used = strlen(warning);
    snprintf(warning + used, size - used, "%s%s=%.24s ignored", used > 0 ? ", " : "", name, value);
    unsetenv(name);
}

assure_status terminal_open(const assure_config *cfg, terminal_caps *caps, assure_error *err)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
        return error_set(err, ASSURE_USAGE, "the dashboard needs a terminal (standard input and output)");
    const char *term = getenv("TERM");
    if (term == NULL || *term == '\0')
        return error_set(err, ASSURE_USAGE,
                         "TERM is not set; set it to your terminal's type, e.g. TERM=xterm");
    caps->warning[0] = '\0';
    drop_absurd_size("LINES", caps->warning, sizeof caps->warning);
    drop_absurd_size("COLUMNS", caps->warning, sizeof caps->warning);
    if (caps->warning[0] != '\0') {
        size_t used = strlen(caps->warning);
        snprintf(caps->warning + used, sizeof caps->warning - used,
                 ": not a size from 1 to %d; the terminal's own is used", TERMINAL_SIZE_MAX);
    }
    screen = newterm(NULL, stdout, stdin);
    if (screen == NULL)
        return error_set(err, ASSURE_USAGE,
                         "terminal type '%s' is not known here; try TERM=xterm or TERM=vt100 (for PuTTY, "
                         "install ncurses-term or use TERM=xterm)",
                         term);
    set_term(screen);
    if (tigetstr("cup") == NULL || tigetstr("cup") == (char *)-1) {
        terminal_close();
        return error_set(err, ASSURE_USAGE,
                         "terminal type '%s' cannot move the cursor, which the dashboard needs; "
                         "use a full-screen terminal (e.g. TERM=xterm)",
                         term);
    }
    install_handlers();
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    input_define_keys(); /* whatever TERM says */
    set_escdelay(25);
    /* The mouse as xterm, PuTTY and tmux report it (the terminal type's kmous);
     * not the Linux console's, which ncurses would reach through gpm, a
     * library of its own choosing loaded into this process. */
    const char *kmous = tigetstr("kmous");
    bool console = strncmp(term, "linux", 5) == 0;
    if (cfg->mouse == MOUSE_YES && !console && kmous != NULL && kmous != (char *)-1 && kmous[0] != '\0') {
        /* presses, not clicks: a click would wait mouseinterval to tell it from a double one */
        mouseinterval(0);
        mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    }
    curs_set(0);
    leaveok(stdscr, TRUE); /* the cursor is hidden: no move to put it back after each update */
    caps->utf8 = cfg->charset == CHARSET_UTF8 || (cfg->charset == CHARSET_AUTO && locale_is_utf8());
    caps->colour = false;
    if (cfg->colour != COLOUR_NEVER && has_colors()) {
        start_color();
        use_default_colors();
        caps->colour = true;
    }
    return ASSURE_OK;
}

void terminal_close(void)
{
    if (screen == NULL)
        return;
    endwin();
    delscreen(screen);
    screen = NULL;
}

bool terminal_input_closed(void)
{
    struct pollfd fd = {STDIN_FILENO, POLLIN, 0};
    if (poll(&fd, 1, 0) < 0)
        return false;
    return (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
