/* rag.h - the Red/Amber/Green rating shared by every panel.
 *
 * Blue (delivered) and grey (dropped) extend it to the BRAG scale that
 * councils' savings trackers use.  RAG_NONE means no rating can be given
 * (no target, no establishment).
 */
#ifndef ASSURE_RAG_H
#define ASSURE_RAG_H

typedef enum { RAG_NONE, RAG_RED, RAG_AMBER, RAG_GREEN, RAG_BLUE, RAG_GREY } rag;

/* "red", "amber", "green", "blue", "grey", "" */
const char *rag_name(rag value);
/* "R", "A", "G", "B", "-", "": the letter that makes a rating readable
 * without colour. */
const char *rag_letter(rag value);
/* Ordering worst first, for exception lists: red before amber before green. */
int rag_severity(rag value);

#endif
