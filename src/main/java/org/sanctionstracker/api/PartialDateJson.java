package org.sanctionstracker.api;

import org.sanctionstracker.base.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes a partial date as the API's readers need it: the value at its precision, the
 * precision, the first and last day it can mean, and a display form. For example
 * {@code {"value":"2008-11","precision":"MONTH","earliest":"2008-11-01","latest":"2008-11-30","display":"Nov
 * 2008"}}.
 */
@Configuration(proxyBeanMethods = false)
class PartialDateJson {

	@Bean
	JacksonModule partialDateModule() {
		return new SimpleModule("partial-date").addSerializer(PartialDate.class, new Serializer());
	}

	static final class Serializer extends ValueSerializer<PartialDate> {

		@Override
		public void serialize(PartialDate date, JsonGenerator json, SerializationContext context) {
			json.writeStartObject();
			if (date.lowerBound() == null) {
				json.writeNullProperty("value");
			}
			else {
				json.writeStringProperty("value", date.iso());
			}
			json.writeStringProperty("precision", date.precision().name());
			writeDate(json, "earliest", date.lowerBound());
			writeDate(json, "latest", date.upperBound());
			json.writeStringProperty("display", date.display());
			json.writeEndObject();
		}

		private static void writeDate(JsonGenerator json, String name, java.time.LocalDate date) {
			if (date == null) {
				json.writeNullProperty(name);
			}
			else {
				json.writeStringProperty(name, date.toString());
			}
		}

	}

}
