package org.minewatch.domain.model.imports;

import java.util.List;
import java.util.Optional;

public interface ImportRecordRepository {

    Optional<ImportRecord> find(long id);

    List<ImportRecord> findAll();

    void store(ImportRecord record);
}
