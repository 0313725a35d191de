package org.sanctionstracker.measure;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MeasureEventRepository
		extends JpaRepository<MeasureEvent, Long>, JpaSpecificationExecutor<MeasureEvent> {

	@Override
	@EntityGraph(attributePaths = { "measure", "measure.imposer", "measure.target", "measure.coalition" })
	Page<MeasureEvent> findAll(Specification<MeasureEvent> spec, Pageable pageable);

}
