package org.mingjing.shared.web;

import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' counterpart of {@link ApiProblemHandler}: a refusal in a page controller shows the error page
 * with its status and Chinese explanation instead of failing.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemHandler {

    private final MessageSource messages;

    PageProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletResponse response) {
        response.setStatus(e.status().value());
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", e.status().value());
        view.addObject("detail", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return view;
    }
}
