package org.minewatch.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.minewatch.infrastructure.security.MineWatchAuthenticationMechanism;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form: hands the credentials to the authentication mechanism, then goes to the home page. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                Object throttled = external.getRequestMap().get(MineWatchAuthenticationMechanism.THROTTLED);
                String message;
                Object nameTooLong = external.getRequestMap().get(MineWatchAuthenticationMechanism.NAME_TOO_LONG);
                if (external.getRequestMap().get(MineWatchAuthenticationMechanism.DATABASE_UNAVAILABLE) != null) {
                    message = Messages.text("login.databaseUnavailable");
                } else if (nameTooLong != null) {
                    message = Messages.text("login.usernameTooLong", nameTooLong);
                    username = null; // not sent back in the page: it may be megabytes
                } else {
                    message = throttled == null ? Messages.text("login.failed") : Messages.text("login.throttled", throttled);
                }
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
