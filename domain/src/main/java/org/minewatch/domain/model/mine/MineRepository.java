package org.minewatch.domain.model.mine;

import java.util.List;
import java.util.Optional;

public interface MineRepository {

    Optional<Mine> find(long id);

    /** Mines of every company with this name (names are unique within a company only). */
    List<Mine> findByName(String name);

    List<Mine> findAll();

    void store(Mine mine);
}
