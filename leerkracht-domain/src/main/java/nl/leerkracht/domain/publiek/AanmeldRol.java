package nl.leerkracht.domain.publiek;

/** In what role someone comes to an information meeting, so the host knows who to expect. */
public enum AanmeldRol {
    SCHOOLLEIDER,
    LERAAR,
    BESTUURDER,
    ANDERS
}
