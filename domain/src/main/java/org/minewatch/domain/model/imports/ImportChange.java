package org.minewatch.domain.model.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.minewatch.domain.model.Decimals;

/** A stored figure that an import replaced (with overwrite), kept with its old and new value. */
@Entity
@Table(name = "import_change")
public class ImportChange {

    @Id
    @SequenceGenerator(name = "import_change_seq", sequenceName = "import_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "import_id", nullable = false)
    private ImportRecord importRecord;

    @Column(name = "mine_name", length = 200)
    private String mine;

    @Column(name = "period_code", nullable = false, length = 10)
    private String period;

    @Column(nullable = false, length = 20)
    private String measure;

    @Column(length = 2)
    private String metal;

    @Column(name = "old_value", nullable = false, precision = 24, scale = 6)
    private BigDecimal oldValue;

    @Column(name = "new_value", nullable = false, precision = 24, scale = 6)
    private BigDecimal newValue;

    protected ImportChange() {
        // for JPA
    }

    ImportChange(ImportRecord importRecord, String mine, String period, String measure, String metal, BigDecimal oldValue, BigDecimal newValue) {
        this.importRecord = importRecord;
        this.mine = mine;
        this.period = period;
        this.measure = measure;
        this.metal = metal;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public String mine() {
        return mine;
    }

    public String period() {
        return period;
    }

    public String measure() {
        return measure;
    }

    public String metal() {
        return metal;
    }

    public BigDecimal oldValue() {
        return Decimals.plain(oldValue);
    }

    public BigDecimal newValue() {
        return Decimals.plain(newValue);
    }
}
