package nl.leerkracht.service.traject;

import java.io.Serializable;
import nl.leerkracht.domain.traject.Ritme;

/** A team's rhythm as pages and charts show it (the rule is {@link Ritme}'s). */
public class RitmeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int bordsessieweken;
    private final int weken;
    private final boolean bordsessiesOpSchema;
    private final int lesbezoeken;
    private final int bezochteLeraren;
    private final int leraren;
    private final boolean lesbezoekenOpSchema;
    private final int stemrondes;
    private final int verwachteStemrondes;
    private final boolean stemOpSchema;
    private final boolean metLesinstrumenten;

    RitmeView(Ritme ritme) {
        this.bordsessieweken = ritme.getBordsessieweken();
        this.weken = ritme.getWeken().size();
        this.bordsessiesOpSchema = ritme.isBordsessiesOpSchema();
        this.lesbezoeken = ritme.getLesbezoeken();
        this.bezochteLeraren = ritme.getBezochteLeraren();
        this.leraren = ritme.getLeraren();
        this.lesbezoekenOpSchema = ritme.isLesbezoekenOpSchema();
        this.stemrondes = ritme.getStemrondes();
        this.verwachteStemrondes = ritme.getVerwachteStemrondes();
        this.stemOpSchema = ritme.isStemOpSchema();
        this.metLesinstrumenten = ritme.isMetLesinstrumenten();
    }

    /** Of the school weeks looked at, those with a bordsessie. */
    public int getBordsessieweken() {
        return bordsessieweken;
    }

    /** The school weeks looked at: four, fewer for a trajectory that just started. */
    public int getWeken() {
        return weken;
    }

    /** Whether lesbezoek and stem van de leerling are part of the rhythm: not for a directieteam. */
    public boolean isMetLesinstrumenten() {
        return metLesinstrumenten;
    }

    public boolean isBordsessiesOpSchema() {
        return bordsessiesOpSchema;
    }

    public int getLesbezoeken() {
        return lesbezoeken;
    }

    /** The teachers visited this term, each once. */
    public int getBezochteLeraren() {
        return bezochteLeraren;
    }

    /** The teachers of the team, as agreed at enrolment. */
    public int getLeraren() {
        return leraren;
    }

    public boolean isLesbezoekenOpSchema() {
        return lesbezoekenOpSchema;
    }

    public int getStemrondes() {
        return stemrondes;
    }

    public int getVerwachteStemrondes() {
        return verwachteStemrondes;
    }

    public boolean isStemOpSchema() {
        return stemOpSchema;
    }

    /** Whether the team keeps the rhythm of all its instruments; a team that does not is falling behind. */
    public boolean isOpSchema() {
        return bordsessiesOpSchema && (!metLesinstrumenten || lesbezoekenOpSchema && stemOpSchema);
    }
}
