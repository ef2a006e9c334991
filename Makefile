# assure - a terminal dashboard for adult social care transformation programmes.
# Quick start: `make run` (dashboard on sample data) and `make check` (all tests).
# Building and installing elsewhere: see INSTALL.

VERSION    = 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
SYSCONFDIR ?= /etc
BINDIR     = $(PREFIX)/bin
DATADIR    = $(PREFIX)/share/assure
MANDIR     = $(PREFIX)/share/man/man1

CC         ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS     ?= -O2 -g
WARNINGS   = -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wstrict-prototypes
BUILD      ?= build

# Evaluated when a recipe runs, so after the dependency step has installed them.
CURSES_CFLAGS    = $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null || echo -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600)
CURSES_LIBS      = $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw -ltinfo)
SQLITE_CFLAGS    = $(shell $(PKG_CONFIG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS      = $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
INIPARSER_CFLAGS ?= -I/usr/include/iniparser
INIPARSER_LIBS   ?= -liniparser
PQ_CFLAGS        = $(shell $(PKG_CONFIG) --cflags libpq 2>/dev/null || echo -I`pg_config --includedir 2>/dev/null`)
# libpq is not linked: src/store/pq_load.c loads it when a PostgreSQL location
# is first opened.  dlopen is in glibc's libc from 2.34; older systems need
# DL_LIBS=-ldl.
DL_LIBS          ?=
NETTLE_LIBS      = $(shell $(PKG_CONFIG) --libs nettle 2>/dev/null || echo -lnettle)
CMOCKA_LIBS      = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

# FUZZ=1 builds for libFuzzer, in its own build folder (see `make fuzz`).
ifeq ($(FUZZ),1)
CC      = clang
CFLAGS  = -O1 -g -Wno-sign-conversion -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
endif

ifeq ($(SANITIZE),1)
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
# The sanitizers look for memory errors, which forty kills of an import find
# as well as a hundred (forty keep the chance that none falls after the
# commit below one in a thousand); the hundred, for atomicity, are the plain
# build's.
ASSURE_KILLS ?= 40
export ASSURE_KILLS
endif

# ncursesw's own feature macros apply in src/tui; every other file gets these.
LAYER_CPPFLAGS = -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700
ALL_CPPFLAGS   = -Iinclude -I$(BUILD) $(SQLITE_CFLAGS) $(PQ_CFLAGS) $(INIPARSER_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS     = -std=c11 $(WARNINGS) $(CFLAGS)
LIBS           = $(CURSES_LIBS) $(SQLITE_LIBS) $(INIPARSER_LIBS) $(NETTLE_LIBS) $(DL_LIBS)

DOMAIN_SRC = $(wildcard src/domain/*.c)
STORE_SRC  = $(wildcard src/store/*.c)
CONFIG_SRC = $(wildcard src/config/*.c)
CLI_SRC    = $(wildcard src/cli/*.c)
TUI_SRC    = $(wildcard src/tui/*.c)
LIB_SRC    = $(DOMAIN_SRC) $(STORE_SRC) $(CONFIG_SRC) $(CLI_SRC) $(TUI_SRC)
LIB_OBJ    = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ   = $(BUILD)/obj/src/main.o
UNIT_SRC   = $(wildcard tests/unit/test_*.c)
UNIT_BIN   = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CRASH_BIN  = $(BUILD)/tests/edit_loop $(BUILD)/tests/generate $(BUILD)/tests/drive $(BUILD)/tests/old_database

FUZZ_TARGETS = csv money date fy config layout
FUZZ_TIME   ?= 20
RUNS        ?= 5

.PHONY: all run check check-run tests deps deps-tests deps-hardening install uninstall clean format sample.db \
	golden fuzz fuzz-targets memcheck limits bench deps-bench

all: assure

assure: $(MAIN_OBJ) $(BUILD)/libassure.a
	$(CC) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(BUILD)/libassure.a $(LIBS)

$(BUILD)/libassure.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BUILD)/obj/src/tui/%.o: LAYER_CPPFLAGS = $(CURSES_CFLAGS)

$(BUILD)/obj/%.o: %.c $(BUILD)/paths.h
	@mkdir -p $(@D)
	$(CC) $(LAYER_CPPFLAGS) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Installed paths are compiled in; rewrite the header only when they change.
$(BUILD)/paths.h: FORCE
	@mkdir -p $(@D)
	@printf '#define ASSURE_VERSION "%s"\n#define ASSURE_DATADIR "%s"\n#define ASSURE_SYSCONFDIR "%s"\n' \
		'$(VERSION)' '$(DATADIR)' '$(SYSCONFDIR)' > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi
FORCE:

# The dependency step: installs missing Debian/Ubuntu packages, or says what
# to install elsewhere.
deps:
	@sh scripts/deps
deps-tests:
	@sh scripts/deps --tests
deps-bench:
	@sh scripts/deps --bench

deps-hardening:
	@sh scripts/deps --hardening

# Opens a working copy of sample.db, so the committed file stays as built.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p $(BUILD)
	@test -f $(BUILD)/run.db || install -m 600 sample.db $(BUILD)/run.db
	./assure --db $(BUILD)/run.db

check: deps-tests
	@$(MAKE) --no-print-directory check-run

check-run: all tests
	@sh tests/run $(BUILD)

tests: $(UNIT_BIN) $(CRASH_BIN)

$(BUILD)/tests/edit_loop: tests/crash/edit_loop.c $(BUILD)/libassure.a
	@mkdir -p $(@D)
	$(CC) $(LAYER_CPPFLAGS) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libassure.a $(LIBS)

$(BUILD)/tests/generate: tests/bench/generate.c $(BUILD)/libassure.a
	@mkdir -p $(@D)
	$(CC) $(LAYER_CPPFLAGS) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libassure.a $(LIBS)

$(BUILD)/tests/old_database: tests/tools/old_database.c $(BUILD)/libassure.a
	@mkdir -p $(@D)
	$(CC) $(LAYER_CPPFLAGS) $(ALL_CPPFLAGS) -Isrc/store $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libassure.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(BUILD)/libassure.a
	@mkdir -p $(@D)
	$(CC) $(LAYER_CPPFLAGS) $(ALL_CPPFLAGS) -Isrc/store -Itests/unit $(ALL_CFLAGS) -Wno-conversion \
		$(LDFLAGS) -o $@ $< $(BUILD)/libassure.a $(LIBS) $(CMOCKA_LIBS)

# The parsers and loaders under libFuzzer: each target runs FUZZ_TIME seconds
# from its corpus in tests/fuzz/corpus; what it finds goes to build/fuzz/findings.
fuzz: deps-hardening
	@$(MAKE) --no-print-directory FUZZ=1 BUILD=build/fuzz fuzz-targets
	@sh tests/fuzz/run build/fuzz $(FUZZ_TIME) $(FUZZ_TARGETS)

fuzz-targets: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(BUILD)/libassure.a
	$(CC) $(CURSES_CFLAGS) $(ALL_CPPFLAGS) -Isrc/tui -Itests/fuzz $(ALL_CFLAGS) -Wno-conversion \
		-fsanitize=fuzzer,address,undefined -o $@ $< $(BUILD)/libassure.a $(LIBS)

# The end-to-end suites with every command under valgrind: no invalid access,
# nothing definitely lost.  (crash and limits kill or stretch it: not here.)
MEMCHECK_SUITES ?= cli import report seeds sample finance access hostile editing dashboard
memcheck: deps-hardening
	@$(MAKE) --no-print-directory all tests
	@sh tests/memcheck $(BUILD) $(MEMCHECK_SUITES)

# How fast, beside the floor and the peer: see tests/bench/run.
bench: deps-bench
	@$(MAKE) --no-print-directory all tests
	@sh tests/bench/run $(BUILD) $(RUNS)

$(BUILD)/tests/drive: tests/bench/drive.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< -lutil

# A 1 GiB CSV and a database of 10 million rows (about ten minutes).
limits: deps-tests
	@$(MAKE) --no-print-directory all
	@sh tests/limits/run $(BUILD)

# Rebuilt from the text sources in sample/ every time it is asked for.
sample.db: assure $(BUILD)/tests/old_database
	@sh scripts/build-sample sample.db $(BUILD)/tests/old_database

# Capture every panel again into tests/golden; review the diff before committing it.
golden: all
	@UPDATE_GOLDEN=1 sh tests/e2e/dashboard.sh | grep -c 'golden capture written' | sed 's/$$/ captures written to tests\/golden; review them with git diff/'

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/screens $(DESTDIR)$(MANDIR)
	install -m 755 assure $(DESTDIR)$(BINDIR)/assure
	install -m 644 sample.db $(DESTDIR)$(DATADIR)/sample.db
	install -m 644 screens/*.ini $(DESTDIR)$(DATADIR)/screens/
	install -m 644 assure.1 $(DESTDIR)$(MANDIR)/assure.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/assure $(DESTDIR)$(DATADIR)/sample.db $(DESTDIR)$(MANDIR)/assure.1
	rm -f $(addprefix $(DESTDIR)$(DATADIR)/,$(wildcard screens/*.ini))
	-rmdir $(DESTDIR)$(DATADIR)/screens $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf $(BUILD) assure

format:
	clang-format -i $(wildcard include/*.h) $(wildcard src/*.c src/*/*.c src/*/*.h) \
		$(wildcard tests/unit/*.c tests/unit/*.h tests/fuzz/*.c tests/fuzz/*.h tests/bench/*.c tests/crash/*.c tests/tools/*.c)

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)
