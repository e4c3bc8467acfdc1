/** Direct and indirect quotes and who said them. */
package io.newsfacts.extract.quotes;
