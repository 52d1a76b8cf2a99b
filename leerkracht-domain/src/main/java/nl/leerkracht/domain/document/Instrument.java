package nl.leerkracht.domain.document;

/** The four instruments of the programme (domain.md §3), as a document's subject. */
public enum Instrument {
    BORDSESSIE,
    LESONTWERP,
    LESBEZOEK,
    STEM_VAN_DE_LEERLING
}
