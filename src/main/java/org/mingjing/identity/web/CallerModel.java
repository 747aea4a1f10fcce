package org.mingjing.identity.web;

import org.mingjing.shared.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model as {@code caller}, for the layout's menu. */
@ControllerAdvice
class CallerModel {

    @ModelAttribute("caller")
    Caller caller() {
        return Caller.current().orElse(null);
    }
}
