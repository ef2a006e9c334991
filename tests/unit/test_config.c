/* The configuration: lookup order, defaults, validation, and iniparser's
 * traps (a BOM, a section name read as a key, duplicates, long lines). */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

static char directory[256];

static int make_directory(void **state)
{
    (void)state;
    snprintf(directory, sizeof directory, "%s/assure-config-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(directory) == NULL ? -1 : 0;
}

static int remove_directory(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    return system(command) == 0 ? 0 : -1;
}

/* Write text to directory/name and return the path. */
static const char *write_file(const char *name, const char *text)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static assure_status load_text(const char *text, assure_config *cfg, assure_error *err)
{
    config_lookup lookup = {write_file("assure.ini", text), NULL, NULL, NULL, NULL};
    memset(err, 0, sizeof *err);
    return config_load(&lookup, cfg, err);
}

static void expect_error(const char *text, const char *fragment)
{
    assure_config cfg;
    assure_error err;
    assert_int_equal(load_text(text, &cfg, &err), ASSURE_USAGE);
    if (strstr(err.message, fragment) == NULL)
        fail_msg("message \"%s\" lacks \"%s\"", err.message, fragment);
}

static void defaults_are_those_of_the_spec(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    config_lookup nothing = {NULL, NULL, "/nonexistent-xdg", NULL, "/nonexistent/assure.ini"};
    assert_int_equal(config_load(&nothing, &cfg, &err), ASSURE_OK);
    assert_string_equal(cfg.file, "");
    assert_int_equal(cfg.colour, COLOUR_AUTO);
    assert_int_equal(cfg.charset, CHARSET_AUTO);
    assert_int_equal(cfg.refresh, 5);
    assert_int_equal(cfg.start, PANEL_OVERVIEW);
    assert_int_equal(cfg.meeting_cycle, 30);
    assert_int_equal(cfg.savings.green_at, 95);
    assert_int_equal(cfg.savings.amber_at, 80);
    assert_int_equal(cfg.staffing.amber_pct, 10);
    assert_int_equal(cfg.staffing.red_pct, 20);
    assert_int_equal(cfg.reviews.target_per_fte_week, 200);
    assert_int_equal(cfg.reviews.amber_at, 90);
    assert_int_equal(cfg.reviews.red_at, 75);
    assert_string_equal(cfg.programme_name, "Adult Social Care Transformation");
    assert_int_equal(cfg.roi_principle, 300);
    assert_int_equal(cfg.fee_guarantee, 130);
    assert_int_equal(cfg.risks.low_max, 4);
    assert_int_equal(cfg.risks.medium_max, 12);
    assert_int_equal(cfg.risks.review_days, 28);
    assert_string_equal(cfg.source[0], "default");
}

static void the_spec_example_file_loads(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    assure_status status = load_text("[database]\n"
                                     "path = /srv/asc/programme.db     ; --db and $ASSURE_DB override\n"
                                     "\n[display]\ncolour  = never\ncharset = ascii\nrefresh = 0\n"
                                     "start   = risks\nmeeting_cycle = 20\n"
                                     "[savings]\ngreen_at = 100\namber_at = 90\n"
                                     "[reviews]\ntarget_per_fte_week = 2.5\n"
                                     "[programme]\nname = Somerset \"Future Focus\"\nfee_guarantee = 0\n"
                                     "[risks]\nreview_days = 14\n",
                                     &cfg, &err);
    if (status != ASSURE_OK)
        fail_msg("%s", err.message);
    assert_string_equal(cfg.database_path, "/srv/asc/programme.db");
    assert_int_equal(cfg.colour, COLOUR_NEVER);
    assert_int_equal(cfg.charset, CHARSET_ASCII);
    assert_int_equal(cfg.refresh, 0);
    assert_int_equal(cfg.start, PANEL_RISKS);
    assert_int_equal(cfg.savings.green_at, 100);
    assert_int_equal(cfg.reviews.target_per_fte_week, 250);
    assert_int_equal(cfg.fee_guarantee, 0);
    assert_int_equal(cfg.risks.review_days, 14);
    assert_string_equal(cfg.programme_name, "Somerset \"Future Focus\"");
    assert_non_null(strstr(cfg.source[0], "assure.ini:2"));
}

static void unknown_key_names_file_line_and_known_keys(void **state)
{
    (void)state;
    expect_error("[display]\ncolour = auto\ncolor_mode = never\n",
                 "assure.ini:3: unknown key 'color_mode' in [display]; known keys: colour, charset, "
                 "refresh, start, meeting_cycle");
}

static void unknown_section_names_the_known_ones(void **state)
{
    (void)state;
    expect_error("[ui]\ncolour = auto\n", "assure.ini:1: unknown section [ui]; known sections: database, "
                                          "display, savings, staffing, reviews, programme, risks");
}

static void bad_values_name_what_is_allowed(void **state)
{
    (void)state;
    expect_error(
        "[display]\ncolour = purple\n",
        "assure.ini:2: [display] colour = \"purple\" is not allowed: expected one of auto | always | never");
    expect_error("[savings]\ngreen_at = abc\n", "a whole number from 0 to 1000");
    expect_error("[savings]\ngreen_at = 95.5\n", "a whole number from 0 to 1000");
    expect_error("[display]\nrefresh = -1\n", "a whole number from 0 to 3600");
    expect_error("[reviews]\ntarget_per_fte_week = 2.125\n",
                 "a number from 0.01 to 1000.00, at most two decimals");
    expect_error("[risks]\nlow_max = 30\n", "a whole number from 1 to 24");
    expect_error("[display]\nstart = dashboard\n", "one of overview | savings | staffing | reviews | risks");
    expect_error("[display]\nrefresh =\n", "[display] refresh = \"\" is not allowed");
}

static void contradictory_thresholds_are_refused(void **state)
{
    (void)state;
    expect_error("[savings]\ngreen_at = 80\namber_at = 90\n",
                 "[savings] amber_at (90) must be at most green_at (80)");
    expect_error("[staffing]\nred_pct = 5\n", "[staffing] amber_pct (10) must be at most red_pct (5)");
    expect_error("[risks]\nlow_max = 12\n", "[risks] low_max (12) must be below medium_max (12)");
}

/* CVE-2023-33461: iniparser 4.1's typed getters dereference a section's NULL
 * value.  Such files must give a message, never a crash. */
static void section_names_that_look_like_keys_do_not_crash(void **state)
{
    (void)state;
    expect_error("[display:colour]\n", "not a section name: [display:colour]");
    expect_error("[display]\ncolour:x = auto\n", "not a key name before '='");
    /* a section with no keys, repeated, is harmless and loads */
    assure_config cfg;
    assure_error err;
    assert_int_equal(load_text("[display]\n[display]\n[risks]\n", &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.colour, COLOUR_AUTO);
}

static void iniparser_traps_are_reported_by_line(void **state)
{
    (void)state;
    expect_error("[display]\ncolour = auto\ncolour = never\n",
                 "assure.ini:3: [display] colour is already set on line 2");
    expect_error("colour = auto\n", "assure.ini:1: key 'colour' comes before any [section]");
    expect_error("[display]\njust some words\n", "assure.ini:2: expected [section] or key = value");
    expect_error("[display] ; a comment\n",
                 "assure.ini:1: a section heading must be [name] alone on its line");
    char long_line[1200];
    memset(long_line, 'x', sizeof long_line);
    memcpy(long_line, "[programme]\nname = ", 19);
    long_line[sizeof long_line - 2] = '\n';
    long_line[sizeof long_line - 1] = '\0';
    expect_error(long_line, "assure.ini:2: line longer than 1023 characters");
}

static void a_byte_order_mark_is_accepted(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    assure_status status = load_text("\xEF\xBB\xBF[display]\r\ncolour = always\r\n", &cfg, &err);
    if (status != ASSURE_OK)
        fail_msg("%s", err.message);
    assert_int_equal(cfg.colour, COLOUR_ALWAYS);
}

static void lookup_order_is_option_env_xdg_system(void **state)
{
    (void)state;
    char xdg[300], xdg_dir[300], system_path[300], env_path[300], option_path[300];
    snprintf(xdg, sizeof xdg, "%s/xdg", directory);
    snprintf(xdg_dir, sizeof xdg_dir, "%s/xdg/assure", directory);
    mkdir(xdg, 0700);
    mkdir(xdg_dir, 0700);
    snprintf(system_path, sizeof system_path, "%s", write_file("system.ini", "[display]\nrefresh = 1\n"));
    snprintf(env_path, sizeof env_path, "%s", write_file("env.ini", "[display]\nrefresh = 3\n"));
    snprintf(option_path, sizeof option_path, "%s", write_file("option.ini", "[display]\nrefresh = 4\n"));
    assure_config cfg;
    assure_error err;
    config_lookup lookup = {NULL, NULL, xdg, NULL, system_path};
    assert_int_equal(config_load(&lookup, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.refresh, 1);
    write_file("xdg/assure/assure.ini", "[display]\nrefresh = 2\n");
    assert_int_equal(config_load(&lookup, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.refresh, 2);
    lookup.assure_config = env_path;
    assert_int_equal(config_load(&lookup, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.refresh, 3);
    lookup.config_option = option_path;
    assert_int_equal(config_load(&lookup, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.refresh, 4);
    assert_string_equal(cfg.file, option_path);
    /* without XDG_CONFIG_HOME, ~/.config/assure/assure.ini */
    char home[300], dot_config[320], dot_config_assure[340];
    snprintf(home, sizeof home, "%s/home", directory);
    snprintf(dot_config, sizeof dot_config, "%s/.config", home);
    snprintf(dot_config_assure, sizeof dot_config_assure, "%s/.config/assure", home);
    mkdir(home, 0700);
    mkdir(dot_config, 0700);
    mkdir(dot_config_assure, 0700);
    write_file("home/.config/assure/assure.ini", "[display]\nrefresh = 6\n");
    config_lookup by_home = {NULL, NULL, NULL, home, system_path};
    assert_int_equal(config_load(&by_home, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.refresh, 6);
}

static void a_named_file_that_cannot_be_read_is_an_error(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    config_lookup missing = {"/nonexistent/assure.ini", NULL, NULL, NULL, NULL};
    assert_int_equal(config_load(&missing, &cfg, &err), ASSURE_USAGE);
    assert_non_null(strstr(err.message, "/nonexistent/assure.ini: cannot read the file given by --config"));
    config_lookup env = {NULL, "/nonexistent/env.ini", NULL, NULL, NULL};
    assert_int_equal(config_load(&env, &cfg, &err), ASSURE_USAGE);
    assert_non_null(strstr(err.message, "$ASSURE_CONFIG"));
}

static void print_config_shows_each_source(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    assert_int_equal(load_text("[staffing]\nred_pct = 25\n", &cfg, &err), ASSURE_OK);
    assert_int_equal(config_set(&cfg, "database", "path", "/tmp/x.db", "--db", &err), ASSURE_OK);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    config_print(&cfg, out);
    fclose(out);
    assert_non_null(strstr(text, "path = /tmp/x.db  ; from --db\n"));
    assert_non_null(strstr(text, "red_pct = 25  ; from "));
    assert_non_null(strstr(text, "assure.ini:2\n"));
    assert_non_null(strstr(text, "amber_pct = 10  ; from default\n"));
    free(text);
}

/* [programme] final_fy: a financial year as trackers write it, or empty for
 * the last year the counted savings lines have figures for (0). */
static void final_fy_is_a_financial_year_or_empty(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    config_lookup nothing = {NULL, NULL, "/nonexistent-xdg", NULL, "/nonexistent/assure.ini"};
    assert_int_equal(config_load(&nothing, &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.final_fy, 0);
    assert_int_equal(load_text("[programme]\nfinal_fy = 2027/28\n", &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.final_fy, 2027);
    assert_int_equal(load_text("[programme]\nfinal_fy = FY26/27\n", &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.final_fy, 2026);
    assert_int_equal(load_text("[programme]\nfinal_fy =\n", &cfg, &err), ASSURE_OK);
    assert_int_equal(cfg.final_fy, 0);
    expect_error(
        "[programme]\nname = x\nfinal_fy = 2027\n",
        "assure.ini:3: [programme] final_fy = \"2027\" is not allowed: expected a financial year such "
        "as 2027/28 (1990/91 to 2099/00), or nothing for the last year in which counted savings lines "
        "have figures");
    expect_error("[programme]\nfinal_fy = 2027/29\n", "a financial year such as 2027/28");
    expect_error("[programme]\nfinal_fy = 2150/51\n", "a financial year such as 2027/28");
    /* printed as it is written, and back again */
    assert_int_equal(load_text("[programme]\nfinal_fy = 2027-28\n", &cfg, &err), ASSURE_OK);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    config_print(&cfg, out);
    fclose(out);
    assert_non_null(strstr(text, "final_fy = 2027/28  ; from "));
    assert_int_equal(config_set(&cfg, "programme", "final_fy", "", "test", &err), ASSURE_OK);
    assert_int_equal(cfg.final_fy, 0);
    free(text);
    out = open_memstream(&text, &size);
    config_print(&cfg, out);
    fclose(out);
    assert_non_null(strstr(text, "final_fy =   ; from test\n"));
    free(text);
}

static void a_relative_database_path_is_beside_the_configuration_file(void **state)
{
    (void)state;
    assure_config cfg;
    assure_error err;
    assert_int_equal(load_text("[database]\npath = programme.db\n", &cfg, &err), ASSURE_OK);
    char expected[400];
    snprintf(expected, sizeof expected, "%s/programme.db", directory);
    assert_string_equal(cfg.database_path, expected);
    assert_int_equal(load_text("[database]\npath = data/../programme.db\n", &cfg, &err), ASSURE_OK);
    snprintf(expected, sizeof expected, "%s/data/../programme.db", directory);
    assert_string_equal(cfg.database_path, expected);
    assert_int_equal(load_text("[database]\npath = /srv/asc/programme.db\n", &cfg, &err), ASSURE_OK);
    assert_string_equal(cfg.database_path, "/srv/asc/programme.db");
    /* a file named without a directory is in the current one: the path stays */
    config_lookup here = {"assure.ini", NULL, NULL, NULL, NULL};
    char cwd[300];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(directory), 0);
    assert_int_equal(config_load(&here, &cfg, &err), ASSURE_OK);
    assert_int_equal(chdir(cwd), 0);
    assert_string_equal(cfg.database_path, "/srv/asc/programme.db");
    write_file("assure.ini", "[database]\npath = programme.db\n");
    assert_int_equal(chdir(directory), 0);
    assert_int_equal(config_load(&here, &cfg, &err), ASSURE_OK);
    assert_int_equal(chdir(cwd), 0);
    assert_string_equal(cfg.database_path, "programme.db");
    /* what is set afterwards (--db, $ASSURE_DB) is taken as it is */
    assert_int_equal(config_set(&cfg, "database", "path", "mine.db", "--db", &err), ASSURE_OK);
    assert_string_equal(cfg.database_path, "mine.db");
}

static void a_database_path_too_long_in_its_directory_is_refused(void **state)
{
    (void)state;
    char text[CONFIG_TEXT_MAX + 32];
    /* 1,000 characters: allowed alone, too long after the directory's name */
    snprintf(text, sizeof text, "[database]\npath = %01000d\n", 0);
    expect_error(text,
                 "assure.ini:2: [database] path is too long once put in the configuration file's directory");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_are_those_of_the_spec),
        cmocka_unit_test(the_spec_example_file_loads),
        cmocka_unit_test(unknown_key_names_file_line_and_known_keys),
        cmocka_unit_test(unknown_section_names_the_known_ones),
        cmocka_unit_test(bad_values_name_what_is_allowed),
        cmocka_unit_test(contradictory_thresholds_are_refused),
        cmocka_unit_test(section_names_that_look_like_keys_do_not_crash),
        cmocka_unit_test(iniparser_traps_are_reported_by_line),
        cmocka_unit_test(a_byte_order_mark_is_accepted),
        cmocka_unit_test(lookup_order_is_option_env_xdg_system),
        cmocka_unit_test(a_named_file_that_cannot_be_read_is_an_error),
        cmocka_unit_test(print_config_shows_each_source),
        cmocka_unit_test(final_fy_is_a_financial_year_or_empty),
        cmocka_unit_test(a_relative_database_path_is_beside_the_configuration_file),
        cmocka_unit_test(a_database_path_too_long_in_its_directory_is_refused),
    };
    return cmocka_run_group_tests_name("config", tests, make_directory, remove_directory);
}
