package org.sanctionstracker.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands the API's handler methods their checked query ({@link ApiQuery}, an argument
 * annotated with {@link QueryOf}).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryResolver());
	}

	static final class QueryResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ApiQuery.class && parameter.hasParameterAnnotation(QueryOf.class);
		}

		@Override
		public ApiQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
			request.getParameterMap().forEach((name, given) -> values.put(name, List.of(given)));
			return ApiQuery.of(values, parameter.getParameterAnnotation(QueryOf.class).value());
		}

	}

}
