package nl.leerkracht.service.account;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.account.Personenlijst;

/** What became of a pasted list: everyone invited, or nobody and every wrong line named. */
public class LijstVerslag implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int uitgenodigd;
    private final List<Personenlijst.Fout> fouten;

    LijstVerslag(int uitgenodigd, List<Personenlijst.Fout> fouten) {
        this.uitgenodigd = uitgenodigd;
        this.fouten = List.copyOf(fouten);
    }

    public int getUitgenodigd() {
        return uitgenodigd;
    }

    /** The wrong lines in order; when there are any, nothing was stored. */
    public List<Personenlijst.Fout> getFouten() {
        return fouten;
    }
}
