/* rag.c - names and ordering of RAG ratings. */
#include "rag.h"

const char *rag_name(rag value)
{
    switch (value) {
    case RAG_RED: return "red";
    case RAG_AMBER: return "amber";
    case RAG_GREEN: return "green";
    case RAG_BLUE: return "blue";
    case RAG_GREY: return "grey";
    case RAG_PIPELINE: return "pipeline";
    case RAG_NONE: break;
    }
    return "";
}

const char *rag_letter(rag value)
{
    switch (value) {
    case RAG_RED: return "R";
    case RAG_AMBER: return "A";
    case RAG_GREEN: return "G";
    case RAG_BLUE: return "B";
    case RAG_GREY: return "-";
    case RAG_PIPELINE: return "P";
    case RAG_NONE: break;
    }
    return "";
}

int rag_severity(rag value)
{
    switch (value) {
    case RAG_RED: return 3;
    case RAG_AMBER: return 2;
    case RAG_GREEN: return 1;
    case RAG_BLUE:
    case RAG_GREY:
    case RAG_PIPELINE:
    case RAG_NONE: break;
    }
    return 0;
}
