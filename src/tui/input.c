/* input.c - keys as terminals send them.  The terminal description (TERM)
 * often lacks the sequences the terminal actually sends: PuTTY's default
 * TERM=xterm sends ESC[1~ for Home, which xterm's description does not
 * know.  So every common form is defined here, and anything else that
 * starts with Esc is read to its end and dropped as one unknown key. */
#include "input.h"

#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    const char *sequence; /* after ESC */
    int key;
} known_key;

/* clang-format off */
static const known_key known[] = {
    /* xterm, normal and application cursor mode; VT220, PuTTY, screen, tmux; rxvt */
    {"[A", KEY_UP}, {"[B", KEY_DOWN}, {"[C", KEY_RIGHT}, {"[D", KEY_LEFT},
    {"OA", KEY_UP}, {"OB", KEY_DOWN}, {"OC", KEY_RIGHT}, {"OD", KEY_LEFT},
    {"[H", KEY_HOME}, {"OH", KEY_HOME}, {"[1~", KEY_HOME}, {"[7~", KEY_HOME},
    {"[F", KEY_END}, {"OF", KEY_END}, {"[4~", KEY_END}, {"[8~", KEY_END},
    {"[2~", KEY_IC}, {"[3~", KEY_DC}, {"[5~", KEY_PPAGE}, {"[6~", KEY_NPAGE},
    {"[Z", KEY_BTAB}, {"OM", KEY_ENTER},
    {"OP", KEY_F(1)}, {"OQ", KEY_F(2)}, {"OR", KEY_F(3)}, {"OS", KEY_F(4)},
    {"[11~", KEY_F(1)}, {"[12~", KEY_F(2)}, {"[13~", KEY_F(3)}, {"[14~", KEY_F(4)},
    {"[15~", KEY_F(5)}, {"[17~", KEY_F(6)}, {"[18~", KEY_F(7)}, {"[19~", KEY_F(8)},
    {"[20~", KEY_F(9)}, {"[21~", KEY_F(10)}, {"[23~", KEY_F(11)}, {"[24~", KEY_F(12)},
    /* the Linux console's F1-F5 */
    {"[[A", KEY_F(1)}, {"[[B", KEY_F(2)}, {"[[C", KEY_F(3)}, {"[[D", KEY_F(4)}, {"[[E", KEY_F(5)},
};
/* clang-format on */

/* With Shift, Alt or Ctrl (xterm's modifier 2 to 8): ESC[1;5H, ESC[3;5~,
 * ESC[1;2P; and rxvt's ESC[7^ (Ctrl), ESC[7$ (Shift), ESC[7@ (both). */
static void define_modified(const char *sequence, int key)
{
    char modified[24];
    size_t n = strlen(sequence);
    char final = sequence[n - 1];
    if (sequence[0] == 'O' && n == 2) {
        for (int m = 2; m <= 8; m++) {
            snprintf(modified, sizeof modified, "\033[1;%d%c", m, final);
            define_key(modified, key);
            snprintf(modified, sizeof modified, "\033O%d%c", m, final); /* older xterm */
            define_key(modified, key);
        }
    } else if (sequence[0] == '[' && n == 2) {
        for (int m = 2; m <= 8; m++) {
            snprintf(modified, sizeof modified, "\033[1;%d%c", m, final);
            define_key(modified, key);
        }
    } else if (sequence[0] == '[' && sequence[1] != '[' && final == '~') {
        const char *rxvt = "^$@";
        for (int m = 2; m <= 8; m++) {
            snprintf(modified, sizeof modified, "\033%.*s;%d~", (int)(n - 1), sequence, m);
            define_key(modified, key);
        }
        for (const char *r = rxvt; *r != '\0'; r++) {
            snprintf(modified, sizeof modified, "\033%.*s%c", (int)(n - 1), sequence, *r);
            define_key(modified, key);
        }
    }
}

void input_define_keys(void)
{
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        char sequence[16];
        snprintf(sequence, sizeof sequence, "\033%s", known[i].sequence);
        define_key(sequence, known[i].key);
        if (known[i].key != KEY_BTAB && known[i].key != KEY_ENTER)
            define_modified(known[i].sequence, known[i].key);
    }
}

/* The rest of a control sequence after ESC [ (the Linux console's ESC [ [ X
 * too): parameters and intermediates, up to a final byte.  Its bytes come in
 * one write, so only what is already waiting is read. */
static void drop_control_sequence(void)
{
    int c = getch();
    if (c == '[') { /* ESC [ [ X */
        getch();
        return;
    }
    while (c != ERR && c >= 0x20 && c <= 0x3F)
        c = getch();
}

int input_key_or(int wait_ms, int fd)
{
    if (fd < 0)
        return input_key(wait_ms);
    int key = input_key(0); /* a key already typed (or put back) comes first */
    if (key != ERR)
        return key;
    struct pollfd wait[2] = {{STDIN_FILENO, POLLIN, 0}, {fd, POLLIN, 0}};
    int ready = poll(wait, 2, wait_ms);
    if (ready > 0 && (wait[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0 && (wait[0].revents & POLLIN) == 0)
        return ERR; /* the database has something to say */
    return input_key(0); /* a key, a resize (the poll interrupted), or nothing */
}

int input_key(int wait_ms)
{
    timeout(wait_ms);
    int key = getch();
    if (key != 27)
        return key;
    timeout(0);
    int next = getch();
    if (next == ERR)
        return 27; /* Esc on its own */
    if (next != '[' && next != 'O') {
        ungetch(next); /* Esc, then a key pressed at once (Esc y on a slow line) */
        return 27;
    }
    if (next == '[')
        drop_control_sequence();
    else
        for (int c = getch(); c >= '0' && c <= ';'; c = getch())
            ; /* ESC O, any modifier, and one byte */
    return INPUT_UNKNOWN;
}
