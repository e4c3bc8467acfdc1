/** Named entities: CoreNLP's CRF mentions, repaired, typed and linked to one canonical name. */
package io.newsfacts.extract.entities;
