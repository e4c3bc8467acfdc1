/** Access to the project's editable French resources under {@code models/}. */
package io.newsfacts.lexicon;
