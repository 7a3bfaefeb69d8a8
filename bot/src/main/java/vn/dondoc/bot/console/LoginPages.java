package vn.dondoc.bot.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages seen without a session: how to log in (send /dangnhap to the bot), and the page a link opens, where one
 * press of the button logs in (the token is used by that POST, not by opening the link).
 */
@Controller
class LoginPages {

    static final String PAGE = "/login";
    static final String LINK = "/login/ott";

    @GetMapping(PAGE)
    String howToLogIn(@RequestParam(required = false) String used, @RequestParam(required = false) String out, Model model) {
        model.addAttribute("used", used != null);
        model.addAttribute("out", out != null);
        return "console/login";
    }

    @GetMapping(LINK)
    String confirm(@RequestParam(required = false, defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "console/login-link";
    }
}
