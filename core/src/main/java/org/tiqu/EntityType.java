package org.tiqu;

/** The kinds of entity tiqu reports. */
public enum EntityType {
    /** A person's full name (surname and given name together). */
    PERSON,
    /** A company, party or government body, institution or other organisation. */
    ORGANIZATION,
    /** A geographic or administrative place, including one-character country/province abbreviations. */
    PLACE,
    /** A date, time or period; {@link Entity#value()} carries its normalized value. */
    DATE,
    /** A named policy, strategy, programme, slogan or numbered framework. */
    POLICY,
    /** The title of a document, law, plan or report. */
    DOCUMENT
}
