package org.minewatch.domain.model.settings;

import java.util.List;

public interface ThresholdSettingRepository {

    List<ThresholdSetting> findAll();

    void store(ThresholdSetting setting);
}
