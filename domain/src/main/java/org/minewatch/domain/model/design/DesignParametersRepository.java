package org.minewatch.domain.model.design;

import java.util.List;
import org.minewatch.domain.model.mine.Mine;

public interface DesignParametersRepository {

    /** Every version for the mine, oldest first. */
    List<DesignParameters> findByMine(Mine mine);

    /** Every version for every mine. */
    List<DesignParameters> findAll();

    void store(DesignParameters designParameters);
}
