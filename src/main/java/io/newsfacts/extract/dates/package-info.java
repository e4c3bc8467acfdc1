/** French temporal expressions, resolved to TIMEX3 values against the publication date. */
package io.newsfacts.extract.dates;
