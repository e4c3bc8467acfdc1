package io.newsfacts.model;

/** The four classes of named entity in the contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
