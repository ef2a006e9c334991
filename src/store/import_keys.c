/* import_keys.c - a set of key texts with a line each: open addressing over
 * one growing block of text, so that a million keys cost a few allocations. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "import_keys.h"

typedef struct {
    uint64_t hash; /* 0: empty */
    size_t at;     /* the key's text in the block */
    int line;
} slot;

struct import_keys {
    slot *slots;
    size_t nslots, count; /* nslots a power of two, kept at most half full */
    char *text;
    size_t used, size;
};

static uint64_t hash_of(const char *key)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h != 0 ? h : 1;
}

import_keys *import_keys_new(void)
{
    import_keys *k = calloc(1, sizeof *k);
    if (k == NULL)
        return NULL;
    k->nslots = 1024;
    k->slots = calloc(k->nslots, sizeof *k->slots);
    if (k->slots == NULL) {
        free(k);
        return NULL;
    }
    return k;
}

/* The slot that holds key, or the empty one where it would go. */
static slot *find(const import_keys *k, const char *key, uint64_t h)
{
    size_t i = (size_t)h & (k->nslots - 1);
    while (k->slots[i].hash != 0 && (k->slots[i].hash != h || strcmp(k->text + k->slots[i].at, key) != 0))
        i = (i + 1) & (k->nslots - 1);
    return &k->slots[i];
}

static bool grow(import_keys *k)
{
    size_t n = k->nslots * 2;
    slot *slots = calloc(n, sizeof *slots);
    if (slots == NULL)
        return false;
    for (size_t i = 0; i < k->nslots; i++) {
        if (k->slots[i].hash == 0)
            continue;
        size_t j = (size_t)k->slots[i].hash & (n - 1);
        while (slots[j].hash != 0)
            j = (j + 1) & (n - 1);
        slots[j] = k->slots[i];
    }
    free(k->slots);
    k->slots = slots;
    k->nslots = n;
    return true;
}

int import_keys_note(import_keys *k, const char *key, int line)
{
    uint64_t h = hash_of(key);
    slot *s = find(k, key, h);
    if (s->hash != 0)
        return s->line;
    size_t length = strlen(key) + 1;
    if (k->used + length > k->size) {
        size_t size = k->size != 0 ? k->size * 2 : 65536;
        while (size < k->used + length)
            size *= 2;
        char *text = realloc(k->text, size);
        if (text == NULL)
            return -1;
        k->text = text;
        k->size = size;
    }
    memcpy(k->text + k->used, key, length);
    s->hash = h;
    s->at = k->used;
    s->line = line;
    k->used += length;
    if (++k->count * 2 > k->nslots && !grow(k))
        return -1;
    return 0;
}

bool import_keys_has(const import_keys *k, const char *key)
{
    return find(k, key, hash_of(key))->hash != 0;
}

void import_keys_free(import_keys *k)
{
    if (k == NULL)
        return;
    free(k->slots);
    free(k->text);
    free(k);
}
