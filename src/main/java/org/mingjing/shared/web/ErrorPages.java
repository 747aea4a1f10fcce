package org.mingjing.shared.web;

import org.mingjing.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whatever fails outside a controller (an unknown path, a method not allowed, a filter's refusal) ends
 * here: API paths get problem details, pages get a Chinese error page.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(path = "/error", produces = { MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = Problems.of(messages, status, status == HttpStatus.NOT_FOUND ? "not-found"
                : "http-" + status.value(), detailOf(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return problem(request);
        }
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detailOf(status));
        return "error";
    }

    private String detailOf(HttpStatus status) {
        return messages.getMessage("problem.detail." + status.value(), null,
                messages.getMessage("problem.title.other", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale());
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
