// libxml2 for Swift.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>; those system ICU
// headers clash with the ICU module that Foundation carries on Linux. Undefining LIBXML_ICU_ENABLED
// after xmlversion.h keeps them out. The ICU fields it hides sit at the end of xmlCharEncodingHandler,
// and mizan never touches them.
#ifndef MIZAN_CLIBXML2_SHIM_H
#define MIZAN_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlstring.h>

// xmlFree is a global function pointer, which Swift 6 strict concurrency refuses to read;
// a static inline wrapper imports as a plain function.
static inline void mizan_xml_free(void *p) { xmlFree(p); }

#endif
