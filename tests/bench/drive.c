/* drive COLS ROWS STEPS -- COMMAND [ARGUMENT...]: run COMMAND on a pseudo-
 * terminal of COLS x ROWS, as a person at a terminal would, and time it.
 *
 * STEPS is a file of lines "label<TAB>keys[<TAB>until]"; keys may hold \e
 * (Escape), \n (Enter), \t, \\ and \xHH.  The first step's keys are sent only
 * after the first frame has been drawn.  For the first frame and then each
 * step, drive prints one line: the label, the milliseconds from starting (or
 * from sending the keys) to the end of the redraw, and the bytes written to
 * the terminal.  A redraw ends at the last byte before nothing more comes for
 * QUIET ms ($DRIVE_QUIET, 150 unless told; the wait is not counted), or, for
 * a step with `until` (and the first frame with $DRIVE_FIRST), when that text
 * has come: a program that is silent while it works, or one that never stops
 * writing, is timed to what a person waits for.  Whatever comes after is read
 * (until quiet, 2 s at most) and counted in bytes, not in time.  A key that draws nothing
 * waits 5 s.  Last, the most memory COMMAND held (its peak resident set).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static long long now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

/* Read what the program writes until it is quiet, or until `until` (if not
 * NULL) has come; the time of the redraw's end and how many bytes came.
 * Quiet counts only once something has come (and `until` with it): a
 * program still reading its data writes nothing for a while.  Nothing at all
 * within first_ms ends the wait. */
static void settle(int fd, long long since, int quiet_ms, int first_ms, const char *until, long long *last,
                   long *bytes)
{
    char buf[65536 + 256], tail[256] = "";
    size_t keep = until != NULL ? strlen(until) : 0, ntail = 0;
    bool found = until == NULL;
    *last = since;
    *bytes = 0;
    long long deadline = since + 120 * 1000000LL; /* a redraw that takes minutes is a failure anyway */
    for (;;) {
        struct pollfd p = {fd, POLLIN, 0};
        int r = poll(&p, 1, *bytes > 0 && found ? quiet_ms : first_ms);
        if (r == 0 || now_us() > deadline)
            return;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        /* what is kept of the last read, then this one: a text split between two reads is still found */
        memcpy(buf, tail, ntail);
        ssize_t n = read(fd, buf + ntail, sizeof buf - ntail - 1);
        if (n <= 0)
            return;
        *bytes += n;
        if (!found) {
            size_t have = ntail + (size_t)n;
            found = memmem(buf, have, until, keep) != NULL;
            *last = now_us();
            if (found && *last + 2000000 < deadline)
                deadline = *last + 2000000; /* what follows is counted for 2 s at most: some never stop */
            ntail = have < keep ? have : keep;
            memcpy(tail, buf + have - ntail, ntail);
        } else if (until == NULL) {
            *last = now_us();
        }
    }
}

static size_t unescape(const char *in, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = in; *p && n + 1 < size; p++) {
        if (*p != '\\' || p[1] == '\0') {
            out[n++] = *p;
            continue;
        }
        p++;
        switch (*p) {
        case 'e': out[n++] = 27; break;
        case 'n': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'x': {
            char hex[3] = {p[1], p[1] ? p[2] : 0, 0};
            out[n++] = (char)strtol(hex, NULL, 16);
            p += 2;
            break;
        }
        default: out[n++] = *p;
        }
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 6 || strcmp(argv[4], "--") != 0) {
        fprintf(stderr, "usage: drive COLS ROWS STEPS -- COMMAND [ARGUMENT...]\n");
        return 2;
    }
    struct winsize size = {(unsigned short)atoi(argv[2]), (unsigned short)atoi(argv[1]), 0, 0};
    FILE *steps = fopen(argv[3], "r");
    if (steps == NULL) {
        fprintf(stderr, "drive: cannot read %s: %s\n", argv[3], strerror(errno));
        return 2;
    }
    const char *q = getenv("DRIVE_QUIET");
    int quiet = q != NULL ? atoi(q) : 150;
    int fd;
    long long start = now_us();
    pid_t pid = forkpty(&fd, NULL, NULL, &size);
    if (pid < 0) {
        perror("drive: forkpty");
        return 2;
    }
    if (pid == 0) {
        setenv("TERM", "xterm-256color", 1);
        execvp(argv[5], argv + 5);
        perror("drive: exec");
        _exit(127);
    }
    long long last;
    long bytes;
    const char *first = getenv("DRIVE_FIRST");
    settle(fd, start, quiet, 60000, first != NULL && first[0] != '\0' ? first : NULL, &last, &bytes);
    printf("first frame\t%.1f\t%ld\n", (double)(last - start) / 1000.0, bytes);
    char line[4096];
    while (fgets(line, sizeof line, steps) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '\0' || line[0] == '#' || tab == NULL)
            continue;
        *tab = '\0';
        char *until = strchr(tab + 1, '\t');
        if (until != NULL)
            *until++ = '\0';
        char keys[1024];
        size_t n = unescape(tab + 1, keys, sizeof keys);
        long long sent = now_us();
        if (write(fd, keys, n) != (ssize_t)n)
            break;
        settle(fd, sent, quiet, until != NULL ? 120000 : 5000, until, &last, &bytes);
        printf("%s\t%.1f\t%ld\n", line, (double)(last - sent) / 1000.0, bytes);
        fflush(stdout);
    }
    fclose(steps);
    /* quit is the last step, normally; what has not quit by now is ended */
    int status;
    struct rusage usage;
    long long waited = now_us();
    pid_t done;
    while ((done = wait4(pid, &status, WNOHANG, &usage)) == 0 && now_us() - waited < 2000000) {
        char buf[4096];
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 20) > 0 && read(fd, buf, sizeof buf) <= 0)
            usleep(20000);
    }
    if (done == 0) {
        kill(pid, SIGTERM);
        wait4(pid, &status, 0, &usage);
    }
    printf("peak memory\t%ld\tKB\n", usage.ru_maxrss);
    close(fd);
    return 0;
}
