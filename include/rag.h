/* rag.h - the Red/Amber/Green rating shared by every panel.
 *
 * Blue (delivered) and grey (dropped) extend it to the BRAG scale that
 * councils' savings trackers use; pipeline marks a saving identified but not
 * yet validated, rated on no scale because it is in no total.  RAG_NONE
 * means no rating can be given (no target, no establishment).
 */
#ifndef ASSURE_RAG_H
#define ASSURE_RAG_H

typedef enum { RAG_NONE, RAG_RED, RAG_AMBER, RAG_GREEN, RAG_BLUE, RAG_GREY, RAG_PIPELINE } rag;

/* "red", "amber", "green", "blue", "grey", "pipeline", "" */
const char *rag_name(rag value);
/* "R", "A", "G", "B", "-", "P", "": the letter that makes a rating readable
 * without colour. */
const char *rag_letter(rag value);
/* Ordering worst first, for exception lists: red before amber before green. */
int rag_severity(rag value);

#endif
