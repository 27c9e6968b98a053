"""The digest by mail: a real SMTP server on 127.0.0.1 (aiosmtpd) receives what a refresh sends."""

from __future__ import annotations

import contextlib
import dataclasses
import email
import email.message
import email.policy
import json
import re
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from pipeline.cli import main
from pipeline.digest import plain_text
from pipeline.mail import mail_settings

DAY = "2026-11-18"


class _Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.sizes: list[int] = []   # each message's bytes as the server got them
        self.raw: list[bytes] = []   # ... and the bytes themselves

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "refuse" in address:   # (a colleague who left: the server refuses that one and takes the others)
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        self.sizes.append(len(envelope.original_content))
        self.raw.append(envelope.original_content)
        return "250 OK"


@contextlib.contextmanager
def _server(eight_bit: bool = True):
    """A mail server on 127.0.0.1 that advertises 8BITMIME (aiosmtpd's default), or one that does not: with
    decode_data, aiosmtpd leaves 8BITMIME out of its answer to EHLO and refuses a message that is not ASCII ("500
    Error: strict ASCII mode"), as a 7-bit server would."""
    inbox = _Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port, decode_data=not eight_bit)
    controller.start()
    try:
        yield inbox, port, controller
    finally:
        with contextlib.suppress(AssertionError, RuntimeError):   # (a test may have stopped it)
            controller.stop()


@pytest.fixture
def smtp():
    with _server() as server:
        yield server


def test_mail_settings_are_checked_and_name_the_variable():
    assert mail_settings({}) is None
    assert mail_settings({"ZGC_MAIL_TO": ""}) is None   # (set empty: cleared, as a systemd unit or an env file does)
    # set to blanks alone: whoever set it meant to mail, and it read as mailing off, silently
    for blank in ("   ", "\t\n", " , ", ",,"):
        with pytest.raises(ValueError, match=re.escape(f"ZGC_MAIL_TO: {blank!r} names no mail address")):
            mail_settings({"ZGC_MAIL_TO": blank})
    s = mail_settings({"ZGC_MAIL_TO": "张三 <zhang@example.cn>, li@example.cn", "ZGC_SMTP_PORT": "587"})
    assert s.to == ("张三 <zhang@example.cn>", "li@example.cn") and s.security == "starttls" and s.host == "localhost"
    assert mail_settings({"ZGC_MAIL_TO": "a@example.cn", "ZGC_SMTP_PORT": "465"}).security == "ssl"
    # a quoted name with a comma is one address; an internationalised domain goes in its ASCII form, which every
    # server takes (sent as written, it needs SMTPUTF8, and one such address stopped the mail for everyone)
    assert mail_settings({"ZGC_MAIL_TO": '"Wang, Li" <wang@example.cn>, 团队 <team@例子.中国>, x@bücher.de'}).to == (
        '"Wang, Li" <wang@example.cn>', "团队 <team@xn--fsqu00a.xn--fiqs8s>", "x@xn--bcher-kva.de")
    for env, said in (({"ZGC_MAIL_TO": "not an address"}, "ZGC_MAIL_TO: 'not an address' is not a mail address"),
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_SMTP_PORT": "70000"}, "ZGC_SMTP_PORT must be a port"),
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_SMTP_SECURITY": "tls1"}, "ZGC_SMTP_SECURITY must be one of"),
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_SMTP_USER": "u"}, "ZGC_SMTP_USER is set without"),
                      # (a password alone was never sent: no login without a user)
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_SMTP_PASSWORD": "s3cret"},
                       "ZGC_SMTP_PASSWORD is set without ZGC_SMTP_USER"),
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_MAIL_FROM": "@x"}, "ZGC_MAIL_FROM"),
                      # a domain ending in a full stop, an ideographic one too: the server would be sent <>
                      ({"ZGC_MAIL_TO": "x@example.cn."}, "has an empty label"),
                      ({"ZGC_MAIL_TO": "x@例子。中国。"}, "has an empty label"),
                      ({"ZGC_MAIL_TO": "a@example.cn", "ZGC_MAIL_FROM": "zgc@example.cn．"}, "ZGC_MAIL_FROM")):
        with pytest.raises(ValueError, match=said):
            mail_settings(env)


def test_the_wait_for_the_mail_server_is_zgc_mail_timeout(tmp_path):
    """ZGC_MAIL_TIMEOUT (seconds, default 60) is how long the mail server may keep silent: a server that took the
    connection and never greets is given up on after it, named; a value that is not a positive number is refused
    naming the variable and the value."""
    import time

    from pipeline.mail import MailError, digest_message, send

    env = {"ZGC_MAIL_TO": "team@example.cn", "ZGC_SMTP_HOST": "127.0.0.1"}
    assert mail_settings(env).timeout == 60.0
    with socket.socket() as silent:   # (the kernel completes the handshake; nobody ever answers)
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        settings = mail_settings({**env, "ZGC_SMTP_PORT": str(silent.getsockname()[1]), "ZGC_MAIL_TIMEOUT": " 0.5 "})
        assert settings.timeout == 0.5
        started = time.monotonic()
        with pytest.raises(MailError, match=r"the mail server 127\.0\.0\.1:\d+ .*timed out \(no answer in 0\.5 s; "
                                            r"ZGC_MAIL_TIMEOUT sets how long to wait\)"):
            send(settings, digest_message(settings, "digest", "text", "<p>text</p>"))
        assert time.monotonic() - started < 10
    assert mail_settings({**env, "ZGC_MAIL_TIMEOUT": "120"}).timeout == 120.0
    for bad in ("0", "-5", "soon", "nan", "inf", "30s"):
        with pytest.raises(ValueError, match=f"ZGC_MAIL_TIMEOUT must be a positive number of seconds, not '{bad}'"):
            mail_settings({**env, "ZGC_MAIL_TIMEOUT": bad})


def test_an_address_given_twice_in_zgc_mail_to_gets_one_message(smtp):
    """The same address again in ZGC_MAIL_TO (under another name, its domain in other case, or in its Unicode form
    beside its ASCII one) was sent the digest twice: it is left out, the first kept, the order as given. The part
    before the @ is left as it is (a server may tell A@ from a@)."""
    from pipeline.mail import digest_message, send

    inbox, port, _ = smtp
    settings = mail_settings({
        "ZGC_MAIL_TO": "lead@example.cn, 张三 <zhang@Example.CN>, team@example.cn, Lead <lead@EXAMPLE.cn>, "
                       "zhang@example.cn, x@bücher.de, X@example.cn, x@XN--BCHER-KVA.de, team@example.cn",
        "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port)})
    assert settings.to == ("lead@example.cn", "张三 <zhang@Example.CN>", "team@example.cn", "x@xn--bcher-kva.de",
                           "X@example.cn")
    send(settings, digest_message(settings, "digest", "text", "<p>text</p>"))
    [(rcpts, msg)] = inbox.messages
    assert sorted(a.lower() for a in rcpts) == ["lead@example.cn", "team@example.cn", "x@example.cn",
                                                "x@xn--bcher-kva.de", "zhang@example.cn"]
    assert len(rcpts) == 5


def test_a_default_sender_on_a_host_name_without_a_dot_is_warned_of(monkeypatch, caplog):
    """zgc-monitor@vm: many mail servers refuse a sender whose domain has no dot. The default is kept (a relay on
    this machine may take it), and the settings say once, in a warning, to set ZGC_MAIL_FROM."""
    import pipeline.mail as mail

    monkeypatch.setattr(mail, "_BARE_HOSTS_SAID", set(), raising=False)   # (none said yet in this process)
    env = {"ZGC_MAIL_TO": "team@example.cn"}
    for host, warned in (("vm.example.cn", False), ("vm", True), ("localhost", True)):
        monkeypatch.setattr(mail, "_host_name", lambda host=host: host)
        caplog.clear()
        with caplog.at_level("WARNING", logger="pipeline.mail"):
            assert mail_settings(env).sender == f"zgc-monitor@{host}"
            assert mail_settings({**env, "ZGC_MAIL_FROM": "zgc@example.cn"}).sender == "zgc@example.cn"
        said = [r.getMessage() for r in caplog.records if r.name == "pipeline.mail"]
        if warned:
            assert len(said) == 1 and f"zgc-monitor@{host}" in said[0] and "set ZGC_MAIL_FROM" in said[0], said
        else:
            assert said == []
    caplog.clear()
    with caplog.at_level("WARNING", logger="pipeline.mail"):   # (once a process: a refresh reads them four times)
        mail_settings(env)
    assert caplog.records == []


def _refresh(capsys) -> dict:
    capsys.readouterr()
    assert main(["-q", "refresh", "--offline", "--date", DAY]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_a_refresh_mails_the_digest_once_and_says_when_it_could_not(isolated_env, smtp, capsys, monkeypatch):
    """The team's inbox gets the day's digest (the HTML, the Markdown as its text part) from the refresh; a repeat
    of the day that changed nothing sends nothing, `digest --mail` sends it again, and a mail server that cannot be
    reached leaves the refresh done and says so (the JSON line, the status check)."""
    inbox, port, controller = smtp
    monkeypatch.setenv("ZGC_MAIL_TO", "监测组 <team@example.cn>, lead@example.cn")
    monkeypatch.setenv("ZGC_MAIL_FROM", "zgc@example.cn")
    monkeypatch.setenv("ZGC_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ZGC_SMTP_PORT", str(port))
    monkeypatch.setenv("ZGC_DIGEST_LANG", "zh")
    first = _refresh(capsys)
    assert first["mail"] == {"sent_to": ["监测组 <team@example.cn>", "lead@example.cn"]}
    (rcpts, msg), = inbox.messages
    assert sorted(rcpts) == ["lead@example.cn", "team@example.cn"]
    assert msg["Subject"] == f"中关村与北京国际科技创新中心报道日报 {DAY}：相关文章 {first['relevant_today']} 篇"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(preferencelist=("html",)).get_content().replace("\r\n", "\n")
    assert text == plain_text(Path(first["digest"]["markdown"]).read_text(encoding="utf-8"))
    assert html == Path(first["digest"]["html"]).read_text(encoding="utf-8")

    again = _refresh(capsys)   # the same day, nothing new: the same digest is not sent twice
    assert again["mail"].get("unchanged") is True and len(inbox.messages) == 1
    # a refresh from a shell without cron's ZGC_DIGEST_LANG=zh: the mailed Chinese files stay as the team got them,
    # the English goes beside them (it rewrote them in English in place)
    mailed_md = Path(first["digest"]["markdown"])
    chinese = mailed_md.read_text(encoding="utf-8")
    monkeypatch.delenv("ZGC_DIGEST_LANG")
    stray = _refresh(capsys)
    assert stray["digest"]["markdown"] == str(mailed_md.with_name(f"{DAY}.en.md"))
    assert mailed_md.read_text(encoding="utf-8") == chinese and "Relevant articles" in Path(
        stray["digest"]["markdown"]).read_text(encoding="utf-8")
    # (that shell mails its own language, which the team had not had: from the files it wrote)
    assert len(inbox.messages) == 2 and inbox.messages[-1][1]["Subject"].startswith("Zhongguancun")
    monkeypatch.setenv("ZGC_DIGEST_LANG", "zh")
    assert main(["digest", "--date", DAY, "--mail"]) == 0
    assert json.loads(capsys.readouterr().out)["mail"]["sent_to"] and len(inbox.messages) == 3

    controller.stop()   # the mail server goes away: the refresh is done all the same, and says what did not happen
    assert main(["digest", "--date", DAY, "--mail"]) == 1
    assert f"cannot reach the mail server 127.0.0.1:{port}" in capsys.readouterr().err
    (Path(first["digest"]["markdown"]).parent.parent / "state" / "mailed.json").unlink()   # (as if never sent)
    down = _refresh(capsys)
    assert down["ok"] and f"cannot reach the mail server 127.0.0.1:{port}" in down["mail"]["error"]
    assert main(["status", "--date", DAY]) == 1
    assert any("was not mailed" in w for w in json.loads(capsys.readouterr().out)["warnings"])


def test_who_got_the_digest_is_kept_so_nobody_gets_it_twice_and_status_sees_every_outcome(isolated_env, smtp, capsys,
                                                                                          monkeypatch):
    """One refused address (a colleague who left) sent the others the same digest on every repeat of the day, and
    said nobody got it; an address added since was said to have it; a failure outside a CLI refresh (a Dagster run,
    digest --mail) never reached status, nor did the resend that mended it; digest --lang X --mail sent the other
    language's subject and made the next refresh send its own language's digest again."""
    inbox, port, controller = smtp
    monkeypatch.setenv("ZGC_MAIL_TO", "监测组 <team@example.cn>, 退信 <refuse@example.cn>, lead@example.cn")
    monkeypatch.setenv("ZGC_MAIL_FROM", "zgc@example.cn")
    monkeypatch.setenv("ZGC_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ZGC_SMTP_PORT", str(port))
    first = _refresh(capsys)
    assert first["mail"]["sent_to"] == ["监测组 <team@example.cn>", "lead@example.cn"]
    assert "refused 退信 <refuse@example.cn> (550" in first["mail"]["error"] or "refused refuse@example.cn (550" in \
        first["mail"]["error"], first["mail"]
    (rcpts, msg), = inbox.messages
    assert sorted(rcpts) == ["lead@example.cn", "team@example.cn"]
    assert msg["Auto-Submitted"] == "auto-generated"   # (no out-of-office replies to a machine)
    # (the server takes 8bit: the UTF-8 as it is; else base64, Chinese 4/3, where quoted-printable is 3x)
    assert {p["Content-Transfer-Encoding"] for p in msg.iter_parts()} == {"8bit"}
    assert main(["status", "--date", DAY]) == 1
    (said,) = [w for w in json.loads(capsys.readouterr().out)["warnings"] if "was not mailed to everyone" in w]
    # (the way to the others alone, not only `digest --mail`, which sent it to those who had it too)
    assert said.endswith("the day's next refresh sends it to those who did not get it; `zgc-monitor digest --date "
                         f"{DAY} --mail` sends it again to everyone, those who had it too"), said
    again = _refresh(capsys)   # nothing new: the others do not get it again; the refused one is tried again
    assert len(inbox.messages) == 1 and "refused every address" in again["mail"]["error"], again["mail"]
    monkeypatch.setenv("ZGC_MAIL_TO", "监测组 <team@example.cn>, lead@example.cn, newcomer@example.cn")
    third = _refresh(capsys)   # someone added: gets the digest the others have
    assert third["mail"] == {"sent_to": ["newcomer@example.cn"]}
    assert [r for r, _ in inbox.messages[1:]] == [["newcomer@example.cn"]]
    assert main(["status", "--date", DAY]) == 0, capsys.readouterr().out
    assert _refresh(capsys)["mail"]["unchanged"] is True and len(inbox.messages) == 2
    # the Chinese digest mailed by hand: its own subject; the next (English) refresh sends nothing again
    assert main(["digest", "--date", DAY, "--lang", "zh", "--mail"]) == 0
    assert inbox.messages[-1][1]["Subject"].startswith("中关村与北京国际科技创新中心报道日报")
    # (the Chinese files are the day's .zh ones, and the mail sent them; the English files the refresh wrote and
    # mailed stay as they were)
    digests = Path(isolated_env["warehouse"]) / "digests"
    said = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert said["markdown"] == str(digests / f"{DAY}.zh.md") and said["html"] == str(digests / f"{DAY}.zh.html")
    assert f"{DAY} 首次发现的相关文章" in inbox.messages[-1][1].get_body(("plain",)).get_content()
    assert (digests / f"{DAY}.md").read_text(encoding="utf-8").startswith("# Zhongguancun")
    assert '<html lang="en">' in (digests / f"{DAY}.html").read_text(encoding="utf-8")
    assert main(["digest", "--date", DAY]) == 0   # (the day's files back in English, as the refresh writes them)
    capsys.readouterr()
    assert _refresh(capsys)["mail"]["unchanged"] is True and len(inbox.messages) == 3
    # an earlier version's record ({day: hash}, its language unknown): a send in another language keeps it
    record = Path(isolated_env["warehouse"]) / "state" / "mailed.json"
    english = json.loads(record.read_text(encoding="utf-8"))[DAY]["sent"]["en"]["sha256"]
    record.write_text(json.dumps({DAY: english}), encoding="utf-8")
    assert main(["digest", "--date", DAY, "--lang", "zh", "--mail"]) == 0 and len(inbox.messages) == 4
    assert main(["digest", "--date", DAY]) == 0
    capsys.readouterr()
    assert _refresh(capsys)["mail"]["unchanged"] is True and len(inbox.messages) == 4
    # a failure of digest --mail (no CLI refresh) is seen by status, and so is the resend that mends it
    controller.stop()
    assert main(["digest", "--date", DAY, "--mail"]) == 1
    capsys.readouterr()
    assert main(["status", "--date", DAY]) == 1
    assert any("cannot reach the mail server" in w for w in json.loads(capsys.readouterr().out)["warnings"])


def test_bad_mail_settings_are_refused_before_the_crawl(isolated_env, capsys, monkeypatch):
    monkeypatch.setenv("ZGC_MAIL_TO", "team at example.cn")
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    assert "ZGC_MAIL_TO: 'team at example.cn' is not a mail address" in capsys.readouterr().err
    assert not (isolated_env["warehouse"] / "raw").exists()   # nothing crawled


@pytest.mark.parametrize("env, said", [
    ({"ZGC_SMTP_PASSWORD": "s3cret"}, "ZGC_SMTP_PASSWORD is set without ZGC_SMTP_USER"),
    ({"ZGC_MAIL_TIMEOUT": "0"}, "ZGC_MAIL_TIMEOUT must be a positive number of seconds, not '0'"),
    ({"ZGC_MAIL_TO": "  "}, "ZGC_MAIL_TO: '  ' names no mail address"),
])
def test_mail_settings_that_would_be_ignored_are_refused_before_the_crawl(isolated_env, capsys, monkeypatch, env,
                                                                           said):
    monkeypatch.setenv("ZGC_MAIL_TO", "team@example.cn")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    assert said in capsys.readouterr().err
    assert not (isolated_env["warehouse"] / "raw").exists()   # nothing crawled


def test_a_login_is_never_sent_unencrypted_unless_asked_to_be(tmp_path):
    """A server on port 25 (or any but 465 / 587) that offers AUTH but no STARTTLS: with a login and no
    ZGC_SMTP_SECURITY the password is not sent and the error says how to decide; ZGC_SMTP_SECURITY=none sends it as
    told. A quoted display name with a line break in ZGC_MAIL_TO is refused up front (it could never be sent)."""
    from aiosmtpd.smtp import AuthResult

    from pipeline.mail import MailError, digest_message, send

    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password, session.ssl))
        return AuthResult(success=True)

    inbox = _Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False)
    controller.start()
    try:
        env = {"ZGC_MAIL_TO": "team@example.cn", "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port),
               "ZGC_SMTP_USER": "zgc", "ZGC_SMTP_PASSWORD": "s3cret"}
        settings = mail_settings(env)
        with pytest.raises(MailError, match="offers no STARTTLS, so the login of ZGC_SMTP_USER would cross the "
                                            "network unencrypted; nothing was sent"):
            send(settings, digest_message(settings, "digest", "text", "<p>text</p>"))
        assert logins == [] and inbox.messages == []
        plain = mail_settings({**env, "ZGC_SMTP_SECURITY": "none"})
        send(plain, digest_message(plain, "digest", "text", "<p>text</p>"))
        assert [(u, p) for u, p, _ in logins] == [(b"zgc", b"s3cret")] and len(inbox.messages) == 1
        # without a login nothing changes: plain SMTP to a relay, as before
        relay = mail_settings({k: v for k, v in env.items() if not k.startswith("ZGC_SMTP_U") and "PASSWORD" not in k})
        send(relay, digest_message(relay, "digest", "text", "<p>text</p>"))
        assert len(inbox.messages) == 2
    finally:
        controller.stop()
    for brk in ("\n", "\r", "\x0b", "\x85", "\u2028", "\u202e"):
        with pytest.raises(ValueError, match="ZGC_MAIL_TO: .* is not a mail address \\(it holds a line break"):
            mail_settings({"ZGC_MAIL_TO": f'"a{brk}b" <team@example.cn>'})
    assert mail_settings({"ZGC_MAIL_TO": "张三\u3000<team@example.cn>"}).to == ("张三\u3000<team@example.cn>",)


def test_a_day_rendered_again_is_mailed_again_only_when_it_found_more(smtp, tmp_path):
    """A monitoring lead's retest: re-materialising a past day's digest in Dagster mailed it again, under the same
    subject, with the corrections found since and nothing new of the day (and the record of what went out was
    replaced). A digest with as many relevant articles is not sent again; one with more is."""
    from datetime import date

    from pipeline.mail import day_record, mail_digest

    inbox, port, _ = smtp
    settings = mail_settings({"ZGC_MAIL_TO": "lead@example.cn", "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port)})
    day = date(2026, 11, 26)

    def digest(text: str, relevant: int) -> dict:
        md, html = tmp_path / "d.md", tmp_path / "d.html"
        md.write_text(text, encoding="utf-8")
        html.write_text(f"<p>{text}</p>", encoding="utf-8")
        return {"markdown": md, "html": html, "relevant": relevant}

    assert mail_digest(tmp_path, day, digest("在津召开 签约项目32个", 6), "s", settings=settings)["sent_to"]
    first = day_record(tmp_path, day)["sent"]["en"]
    again = mail_digest(tmp_path, day, digest("在京召开 签约项目23个 (corrected since)", 6), "s", settings=settings)
    assert again["unchanged"] and len(inbox.messages) == 1
    assert day_record(tmp_path, day)["sent"]["en"] == first   # what went out that day is still on record
    more = mail_digest(tmp_path, day, digest("在京召开 … and a late article of the day", 7), "s", settings=settings)
    assert more["sent_to"] and len(inbox.messages) == 2
    assert day_record(tmp_path, day)["sent"]["en"]["relevant"] == 7


def test_the_record_of_who_got_it_tells_addresses_apart_as_the_repeats_are_removed(smtp, tmp_path):
    """ZGC_MAIL_TO keeps Refuse@ and refuse@ apart (a server may read them as two mailboxes), but the record of who
    got the digest lower-cased them, and the server's refusal of one was taken for both: the one that got it was
    said not to (the resend hint then promised it to it again) and left out of the record. Now both, the record and
    the refusals, tell them apart as the repeats are removed: the part before the @ as given, the domain in any case;
    an older record's lower-cased addresses still stand for those of ZGC_MAIL_TO they name."""
    from datetime import date

    from pipeline.mail import MailError, _without_repeats, address_of, day_record, mail_digest

    inbox, port, _ = smtp
    assert address_of("李 <Li@Example.CN>") == "Li@example.cn"
    assert _without_repeats(("Li@example.cn", "li@example.cn", "Li@EXAMPLE.cn")) == ("Li@example.cn", "li@example.cn")
    md, html = tmp_path / "d.md", tmp_path / "d.html"
    md.write_text("text", encoding="utf-8")
    html.write_text("<p>text</p>", encoding="utf-8")
    paths = {"markdown": md, "html": html, "relevant": 1}

    def settings(to: str):
        return mail_settings({"ZGC_MAIL_TO": to, "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port)})

    day = date(2026, 11, 26)
    # (the test server refuses an address with "refuse" in it: refuse@, not Refuse@)
    both = settings("Refuse@Example.cn, refuse@example.cn")
    assert both.to == ("Refuse@Example.cn", "refuse@example.cn")
    said = mail_digest(tmp_path, day, paths, "s", settings=both)
    assert said["sent_to"] == ["Refuse@Example.cn"] and "refuse@example.cn (550" in said["error"]
    assert [r for r, _ in inbox.messages] == [["Refuse@Example.cn"]]
    assert day_record(tmp_path, day)["sent"]["en"]["to"] == ["Refuse@example.cn"]
    # the next send goes to the refused one alone, as the resend hint says (refused again: nobody else was tried)
    with pytest.raises(MailError, match=r"refused every address the digest was sent to: refuse@example\.cn \(550"):
        mail_digest(tmp_path, day, paths, "s", settings=both)
    assert day_record(tmp_path, day)["sent"]["en"]["to"] == ["Refuse@example.cn"] and len(inbox.messages) == 1
    # an older record (addresses lower-cased whole): Lead@ had the digest, and is not sent it again; one added since
    # is, and the record then names Lead@ as ZGC_MAIL_TO does
    other = date(2026, 11, 27)
    (tmp_path / "mailed.json").write_text(json.dumps({other.isoformat(): {"sent": {"en": {
        "sha256": "0" * 64, "to": ["lead@example.cn"], "at": "2026-11-27T00:00:00+00:00", "relevant": 1}}}}),
        encoding="utf-8")
    assert mail_digest(tmp_path, other, paths, "s", settings=settings("Lead@Example.cn"))["unchanged"] is True
    assert len(inbox.messages) == 1
    said = mail_digest(tmp_path, other, paths, "s", settings=settings("Lead@Example.cn, new@example.cn"))
    assert said == {"sent_to": ["new@example.cn"]} and [r for r, _ in inbox.messages[1:]] == [["new@example.cn"]]
    assert day_record(tmp_path, other)["sent"]["en"]["to"] == ["Lead@example.cn", "new@example.cn"]
    # (read as written now: lead@, in other case, is another address of ZGC_MAIL_TO and gets it)
    said = mail_digest(tmp_path, other, paths, "s", settings=settings("Lead@Example.cn, new@example.cn, lead@example.cn"))
    assert said == {"sent_to": ["lead@example.cn"]}


def test_a_quiet_day_says_so_in_its_subject_and_counts_are_written_as_words_are(smtp, tmp_path, monkeypatch):
    """Quiet days' mails read "0 relevant article(s)" (a monitoring team's report): a day with no relevant article
    says so plainly, in the digest's language; one article is "1 relevant article", more "n relevant articles".
    The quiet day rendered again, corrections found since and still nothing new, is not sent again; the day with
    an article found late is, under its count."""
    from datetime import date

    from pipeline.defs.assets import send_digest
    from pipeline.digest import EN, ZH
    from pipeline.warehouse import Warehouse

    assert EN.subject("2026-11-24", 0) == \
        "Zhongguancun & Beijing S&T innovation center coverage, 2026-11-24: no new relevant coverage"
    assert EN.subject("2026-11-24", 1).endswith(", 2026-11-24: 1 relevant article")
    assert EN.subject("2026-11-24", 7).endswith(", 2026-11-24: 7 relevant articles")
    assert ZH.subject("2026-11-24", 0) == "中关村与北京国际科技创新中心报道日报 2026-11-24：无新的相关报道"
    assert ZH.subject("2026-11-24", 1) == "中关村与北京国际科技创新中心报道日报 2026-11-24：相关文章 1 篇"
    assert ZH.subject("2026-11-24", 3) == "中关村与北京国际科技创新中心报道日报 2026-11-24：相关文章 3 篇"

    inbox, port, _ = smtp
    for name, value in (("ZGC_MAIL_TO", "lead@example.cn"), ("ZGC_SMTP_HOST", "127.0.0.1"),
                        ("ZGC_SMTP_PORT", str(port)), ("ZGC_DIGEST_LANG", "en")):
        monkeypatch.setenv(name, value)
    store, day = Warehouse(tmp_path), date(2026, 11, 24)
    store.state_dir.mkdir(parents=True, exist_ok=True)

    def digest(text: str, relevant: int) -> dict:
        md, html = tmp_path / f"{relevant}.md", tmp_path / f"{relevant}.html"
        md.write_text(text, encoding="utf-8")
        html.write_text(f"<p>{text}</p>", encoding="utf-8")
        return {"markdown": md, "html": html, "relevant": relevant}

    assert send_digest(store, day, digest("No new relevant coverage today.", 0))["sent_to"]
    assert inbox.messages[-1][1]["Subject"].endswith("2026-11-24: no new relevant coverage")
    again = send_digest(store, day, digest("No new relevant coverage today. Corrected since: …", 0))
    assert again["unchanged"] and len(inbox.messages) == 1
    assert send_digest(store, day, digest("One article of the day, found late.", 1))["sent_to"]
    assert inbox.messages[-1][1]["Subject"].endswith("2026-11-24: 1 relevant article") and len(inbox.messages) == 2
    assert send_digest(store, day, digest("Two.", 2), lang="zh")["sent_to"]
    assert inbox.messages[-1][1]["Subject"].endswith("：相关文章 2 篇")


def test_a_busy_days_whole_message_is_short_enough_not_to_be_clipped(smtp, tmp_path, monkeypatch):
    """A tester's busy day (784 stories, some 1,900 task entries) was mailed as 1.1 MB of HTML; cut at the default
    caps its HTML was under 100 KB, but the whole message was 231 KB: the Markdown rides beside it as the plain-text
    part, and both are base64-encoded (4 bytes for 3), and Gmail clips a message past 102 KB. The digest keeps its
    lists short enough for the whole message as sent to stay under mail.MESSAGE_MAX (96 KB): both parts list the
    same entries, each cut list says how many more there are and the command that lists them all, and the HTML
    records the caps they were cut at (a day rendered again is cut the same)."""
    from dataclasses import replace
    from datetime import date, datetime, timezone

    import pipeline.defs.assets as assets
    from pipeline.digest import Digest, DigestItem, DigestStory, DigestTask, recorded_caps
    from pipeline.mail import MESSAGE_MAX, mail_digest
    from pipeline.warehouse import Warehouse

    for name in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX", "ZGC_DIGEST_LANG"):
        monkeypatch.delenv(name, raising=False)
    day = date(2026, 11, 20)
    # (entries of the sizes the tester's had: an overview line of 0.3 KB, a task entry of 0.55 KB, each story
    # carried by other outlets, each entry with its quote and measures)
    also = tuple((f"转载媒体{k}", f"https://copy{k}.example.cn/2026/11/20/a{k}.html", "") for k in range(2))
    quote = "中关村示范区加快建设世界领先科技园区，推动概念验证中心与中试平台建设，全年新增硬科技企业超过三百家。"

    def item(k):
        return DigestItem(f"a{k}", f"中关村科技创新新闻标题第{k}篇", "s", "北京日报",
                          f"https://news.example.cn/2026/11/20/a{k}.html", datetime(2026, 11, 20, 1, tzinfo=timezone.utc),
                          "zh-Hans", quote, 0.9, also=also, measures=(("Z1.1", "措施", "A measure"),) * 2)

    codes = ("Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7", "B1", "B2", "B3", "B4", "B5", "B6")
    tasks = tuple(DigestTask(code, "任务名称", "Task name", tuple(item(k) for k in range(200)), 200, 20, 300, 100)
                  for code in codes)
    stories = tuple(DigestStory(f"中关村科技创新新闻标题第{k}篇", f"https://news.example.cn/s{k}.html", "北京日报", also,
                                ("Z1", "Z3", "B2")) for k in range(784))
    d = Digest(day=day, previous_day=date(2026, 11, 19), tasks=tasks, relevant_today=1199, relevant_previous=60,
               stories=stories, stories_today=784,
               unlabelled=tuple(replace(item(k), evidence="", measures=()) for k in range(193)))
    monkeypatch.setattr(assets, "render_digest", lambda store, day: d)   # (the day as the warehouse gives it)
    store = Warehouse(tmp_path)
    store.state_dir.mkdir(parents=True)
    paths = assets.write_digest(store, day)
    inbox, port, _ = smtp
    settings = mail_settings({"ZGC_MAIL_TO": "lead@example.cn, 张三 <zhang@example.cn>, li@example.cn",
                              "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port)})
    assert mail_digest(store.state_dir, day, paths, "s", settings=settings)["sent_to"]
    assert inbox.sizes[-1] <= MESSAGE_MAX < 102 * 1024, inbox.sizes[-1]
    msg = inbox.messages[-1][1]
    text, html = msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()
    caps = recorded_caps(html)
    assert caps.section < 9 and caps.overview <= 40   # (cut shorter than the default caps: 40 and 9)
    # the same entries in both parts, and every list says how many more there are
    assert text.count("\r\n    中关村示范区") == html.count("<blockquote") == 13 * caps.section
    assert f"\n{caps.overview}. 中关村" in text and f"\n{caps.overview + 1}. 中关村" not in text
    assert html.split("<ol>", 1)[1].split("</ol>", 1)[0].count("<li>") == caps.overview
    more, said = 784 - caps.overview, " ".join(text.split())   # (the text part's lines wrapped)
    assert (f"… and {more} more, not listed here: ZGC_DIGEST_OVERVIEW_MAX=all zgc-monitor digest --date "
            "2026-11-20 --lang en --print lists them all.") in said and f"… and {more} more, not listed here" in html
    assert said.count(f"… and {200 - caps.section} more, not listed here: ZGC_DIGEST_SECTION_MAX=all") == 13
    assert html.count(f"… and {200 - caps.section} more, not listed here") == 13
    assert said.count(f"… and {193 - caps.section} more, not listed here: ZGC_DIGEST_SECTION_MAX=all") == 1
    assert text.rstrip().endswith("All sources healthy.")   # (whole: the footer is there)


def test_bad_digest_caps_are_refused_before_the_crawl(isolated_env, capsys, monkeypatch):
    monkeypatch.setenv("ZGC_DIGEST_SECTION_MAX", "0")
    assert main(["refresh", "--offline", "--date", DAY]) == 2
    assert ("ZGC_DIGEST_SECTION_MAX must be a whole number of entries, 1 or more, or all (no cap), not '0'"
            in capsys.readouterr().err)
    assert not (isolated_env["warehouse"] / "raw").exists()   # nothing crawled


def test_a_digest_to_sixty_addresses_is_cut_to_fit_with_its_headers_measured_and_its_lines_end_in_crlf(smtp,
                                                                                                       monkeypatch):
    """The budget counted 3 KB of headers whatever ZGC_MAIL_TO held: every address is in the one To header, and a
    busy day mailed to 60 addresses (5 KB of headers) passed MESSAGE_MAX. The text parts were base64 of bare-LF text,
    where RFC 2046 has CRLF as a text part's canonical form."""
    from datetime import date

    from pipeline.digest import EN, Digest, DigestItem, DigestTask, fit_message
    from pipeline.mail import digest_message, message_bytes, send

    inbox, port, _ = smtp
    to = ", ".join(f"监测组成员{i:02d} <member.{i:02d}@monitoring-team.example.cn>" for i in range(60))
    for name, value in (("ZGC_MAIL_TO", to), ("ZGC_MAIL_FROM", "中关村监测 <zgc@example.cn>"),
                        ("ZGC_SMTP_HOST", "127.0.0.1"), ("ZGC_SMTP_PORT", str(port))):
        monkeypatch.setenv(name, value)
    items = tuple(DigestItem(f"a{k}", f"中关村科技创新新闻标题第{k}篇", "s", "北京日报", f"https://news.example.cn/a{k}.html",
                             None, "zh-Hans", "中关村示范区加快建设世界领先科技园区。", 0.9) for k in range(9))
    d = Digest(day=date(2026, 11, 25), previous_day=date(2026, 11, 24), relevant_today=27, relevant_previous=0,
               tasks=tuple(DigestTask(c, "任务名称", "Task", items, 9, 0) for c in ("Z1", "Z2", "Z3")))
    md, html, _ = fit_message(d, budget=10**9)
    budget = message_bytes(md, html)   # (what the 3 KB estimate says the whole day weighs: it "fits" exactly)
    md, html, caps = fit_message(d, budget=budget)
    assert caps.section < 9   # (its real headers do not leave the room for all of it)
    settings = mail_settings()
    send(settings, digest_message(settings, EN.subject("2026-11-25", 27), md, html))
    assert inbox.sizes[-1] <= budget, (inbox.sizes[-1], budget)
    assert len(inbox.messages[-1][0]) == 60
    raw = email.message_from_bytes(inbox.raw[-1], policy=email.policy.default)   # (as the server got it)
    for part in raw.walk():
        if part.get_content_maintype() == "text":
            body = part.get_payload(decode=True)
            assert body.count(b"\n") > 10 and body.count(b"\r\n") == body.count(b"\n"), part.get_content_type()


def _day_of(n_stories: int, n_items: int, quote_repeat: int = 1):
    """A day's digest data: *n_stories* stories in the overview, *n_items* entries in each of 13 task sections, each
    carried by two other outlets, with its quote (repeated *quote_repeat* times: a page's unpunctuated wall of text
    is cut at 400 characters, 1.2 KB of UTF-8 on one line of HTML)."""
    from datetime import date, datetime, timezone

    from pipeline.digest import Digest, DigestItem, DigestStory, DigestTask

    also = tuple((f"转载媒体{k}", f"https://copy{k}.example.cn/2026/11/20/a{k}.html", "") for k in range(2))
    quote = "中关村示范区加快建设世界领先科技园区，推动概念验证中心与中试平台建设，全年新增硬科技企业超过三百家" * quote_repeat

    def item(k):
        return DigestItem(f"a{k}", f"中关村科技创新新闻标题第{k}篇", "s", "北京日报",
                          f"https://news.example.cn/2026/11/20/a{k}.html", datetime(2026, 11, 20, 1, tzinfo=timezone.utc),
                          "zh-Hans", quote, 0.9, also=also, measures=(("Z1.1", "措施", "A measure"),) * 2)

    codes = ("Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7", "B1", "B2", "B3", "B4", "B5", "B6")
    tasks = tuple(DigestTask(code, "任务名称", "Task name", tuple(item(k) for k in range(n_items)), n_items, 2, 30, 10)
                  for code in codes)
    stories = tuple(DigestStory(f"中关村科技创新新闻标题第{k}篇", f"https://news.example.cn/s{k}.html", "北京日报", also,
                                ("Z1", "Z3", "B2")) for k in range(n_stories))
    return Digest(day=date(2026, 11, 20), previous_day=date(2026, 11, 19), tasks=tasks, relevant_today=13 * n_items,
                  relevant_previous=60, stories=stories, stories_today=n_stories)


def _mail_to(port: int, store, day, paths):
    from pipeline.mail import mail_digest

    settings = mail_settings({"ZGC_MAIL_TO": "lead@example.cn, 张三 <zhang@example.cn>",
                              "ZGC_SMTP_HOST": "127.0.0.1", "ZGC_SMTP_PORT": str(port)})
    return mail_digest(store.state_dir, day, paths, "s", settings=settings, force=True)


def _sent(store, day, paths, eight_bit: bool) -> tuple[bytes, dict]:
    """The day's digest mailed to a local server that takes 8bit or not: the message as received and its parts,
    checked to be within the budget, every line within 998 octets, each part in the encoding the server takes."""
    from pipeline.mail import MESSAGE_MAX

    with _server(eight_bit) as (inbox, port, _):
        assert _mail_to(port, store, day, paths)["sent_to"]
        raw = inbox.raw[-1]
    longest, parts = _lines_and_parts(raw)
    assert longest <= 998 and len(raw) <= MESSAGE_MAX, (longest, len(raw))
    assert {cte for cte, _ in parts.values()} == {"8bit" if eight_bit else "base64"}
    return raw, parts


def _busy_day_store(tmp_path, monkeypatch):
    """A busy day's digest (784 articles' worth, cut either way) that write_digest renders, and a warehouse folder
    for its files and mail record, with no digest or mail settings from the shell."""
    import pipeline.defs.assets as assets
    from pipeline.warehouse import Warehouse

    for name in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX", "ZGC_DIGEST_LANG", "ZGC_MAIL_TO"):
        monkeypatch.delenv(name, raising=False)
    d = _day_of(784, 200)
    monkeypatch.setattr(assets, "render_digest", lambda store, day: d)
    store = Warehouse(tmp_path)
    store.state_dir.mkdir(parents=True)
    return d, store


def _lines_and_parts(raw: bytes) -> tuple[int, dict]:
    """(the longest line of the message as received, in octets before its CRLF; {content type: (its
    Content-Transfer-Encoding, its text decoded)})."""
    longest = max(len(line) for line in raw.split(b"\r\n"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return longest, {p.get_content_type(): (p["Content-Transfer-Encoding"], p.get_content())
                     for p in msg.iter_parts()}


def test_the_digest_goes_8bit_where_the_server_takes_it_and_base64_where_not_the_same_text_either_way(tmp_path,
                                                                                                  monkeypatch):
    """Base64 made the message a third heavier than its text, and the busiest days lost entries to the budget for
    it: a server that advertises 8BITMIME gets both parts as UTF-8 as they are (BODY=8BITMIME), one that does not
    gets base64 (it refuses anything but ASCII), and the texts the reader sees are the same either way. Every line
    of the message is within 998 octets (RFC 5322): the HTML's entries, a 400-character Chinese quote among them,
    are folded where a line end changes nothing shown."""
    import pipeline.defs.assets as assets
    from pipeline.warehouse import Warehouse

    for name in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX", "ZGC_DIGEST_LANG", "ZGC_MAIL_TO"):
        monkeypatch.delenv(name, raising=False)
    d = _day_of(8, 2, quote_repeat=12)
    monkeypatch.setattr(assets, "render_digest", lambda store, day: d)
    store = Warehouse(tmp_path)
    store.state_dir.mkdir(parents=True)
    paths = assets.write_digest(store, d.day)
    html_file = Path(paths["html"]).read_text(encoding="utf-8")
    assert max(len(line.encode("utf-8")) for line in html_file.split("\n")) > 900   # (folded near the limit)
    got = {}
    for eight_bit in (True, False):
        raw, parts = _sent(store, d.day, paths, eight_bit)
        assert raw.isascii() is not eight_bit
        record = json.loads((store.state_dir / "mailed.json").read_text(encoding="utf-8"))[d.day.isoformat()]
        assert record["sent"]["en"]["encoding"] == ["8bit", "8bit"] if eight_bit else ["base64", "base64"]
        got[eight_bit] = {k: text.replace("\r\n", "\n") for k, (_, text) in parts.items()}
    assert got[True] == got[False]   # (the day fits either way: the same entries, the same words)
    assert got[True]["text/html"] == Path(paths["html"]).read_text(encoding="utf-8") == html_file
    assert d.tasks[0].items[0].evidence[:399] in got[True]["text/html"].replace("<!--\n-->", "")


def test_a_busy_day_fitted_for_8bit_is_fitted_again_for_a_server_that_takes_only_base64(tmp_path, monkeypatch):
    """The digest files are fitted to MESSAGE_MAX as an 8bit message; a server without 8BITMIME gets base64, a third
    heavier, so the digest is fitted again for it as it is sent, and its files written again (they are what the
    team was mailed): the message it gets is within the budget too, with fewer entries than the 8bit one."""
    import pipeline.defs.assets as assets
    from pipeline.digest import recorded_caps

    d, store = _busy_day_store(tmp_path, monkeypatch)
    caps = {}
    for eight_bit in (True, False):
        paths = assets.write_digest(store, d.day)   # (as a refresh writes it: fitted for 8bit)
        written = recorded_caps(Path(paths["html"]).read_text(encoding="utf-8"))
        raw, parts = _sent(store, d.day, paths, eight_bit)
        html = parts["text/html"][1].replace("\r\n", "\n")
        caps[eight_bit] = recorded_caps(html)
        assert html == Path(paths["html"]).read_text(encoding="utf-8")   # (the files are the mail sent)
        assert caps[eight_bit] == (written if eight_bit else caps[False])
    def entries(c):
        return c.overview + 13 * c.section

    assert entries(caps[False]) < entries(caps[True]), caps   # (the caps lowered in proportion, as fit_message does)
    assert caps[True].section < 9   # (busy: cut either way)


def test_a_day_mailed_base64_is_written_for_base64_again_and_fitted_for_8bit_when_a_server_takes_it(tmp_path,
                                                                                                 monkeypatch):
    """A day whose digest went base64 is written for base64 when written again (its files stay the mail sent); mailed
    again to a server that takes 8bit, it is fitted for 8bit as it is sent, its files written so, and written
    for 8bit after."""
    import pipeline.defs.assets as assets
    from pipeline.digest import recorded_caps

    d, store = _busy_day_store(tmp_path, monkeypatch)
    caps = {}
    for eight_bit in (False, True):
        paths = assets.write_digest(store, d.day)
        with _server(eight_bit) as (inbox, port, _):
            assert _mail_to(port, store, d.day, paths)["sent_to"]
            _, parts = _lines_and_parts(inbox.raw[-1])
        html = parts["text/html"][1].replace("\r\n", "\n")
        caps[eight_bit] = recorded_caps(html)
        assert html == Path(paths["html"]).read_text(encoding="utf-8")   # (the files are the mail sent)
        again = assets.write_digest(store, d.day)   # (the day's next refresh: the same files)
        assert Path(again["html"]).read_text(encoding="utf-8") == html
    assert caps[False].section < caps[True].section, caps


@pytest.mark.e2e
def test_a_day_mailed_base64_keeps_its_files_as_mailed_when_refreshed_and_rendered_again(isolated_env, monkeypatch):
    """A busy day mailed to a server without 8BITMIME is cut again for base64 as it is sent, and its files written
    so. The day's next refresh (a cron rerun, a re-materialised partition) found it unchanged and sent nothing, but
    had first written the files again at the 8bit fit: 28 stories where the mail had 23, and the next `digest
    --date D` cut at those. The day is now written as it was mailed (base64) by its later refreshes and renders, so
    the files stay the mail the team got and the hash state/mailed.json keeps. Real offline refreshes (Dagster,
    DuckDB) of a day built as bench/mail_size.py builds it."""
    import contextlib
    import hashlib
    import io
    import sys

    from pipeline.digest import recorded_caps

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        import mail_size
    finally:
        sys.path.pop(0)
    for name in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX", "ZGC_DIGEST_LANG"):
        monkeypatch.delenv(name, raising=False)
    day = "2026-11-20"
    mail_size.build(isolated_env["warehouse"], 2, 60)   # (a busy day: its 8bit fit is too heavy as base64)
    folder = isolated_env["warehouse"] / "digests"

    def refresh() -> dict:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert main(["refresh", "--offline", "--date", day]) == 0
        return json.loads(out.getvalue().strip().splitlines()[-1])["mail"]

    def files() -> tuple[str, str]:
        return tuple((folder / f"{day}.{ext}").read_text(encoding="utf-8") for ext in ("md", "html"))

    with _server(eight_bit=False) as (inbox, port, _):
        monkeypatch.setenv("ZGC_MAIL_TO", "lead@example.cn")
        monkeypatch.setenv("ZGC_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("ZGC_SMTP_PORT", str(port))
        assert refresh()["sent_to"] == ["lead@example.cn"]
        _, parts = _lines_and_parts(inbox.raw[-1])
        assert {cte for cte, _ in parts.values()} == {"base64"}
        mailed = {k: text.replace("\r\n", "\n") for k, (_, text) in parts.items()}
        caps = recorded_caps(mailed["text/html"])
        assert caps.section < 9   # (cut for base64)
        record = json.loads((isolated_env["warehouse"] / "state" / "mailed.json").read_text(encoding="utf-8"))
        sha = record[day]["sent"]["en"]["sha256"]

        def as_mailed() -> None:
            markdown, html = files()
            assert html == mailed["text/html"], recorded_caps(html)
            assert plain_text(markdown) == mailed["text/plain"]
            assert hashlib.sha256((markdown + "\0" + html).encode("utf-8")).hexdigest() == sha

        as_mailed()
        assert refresh().get("unchanged") and len(inbox.messages) == 1   # (the same day: nothing sent)
        as_mailed()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["digest", "--date", day]) == 0   # (the day rendered again, as a takedown does)
        as_mailed()


def test_a_part_with_a_line_past_998_octets_goes_base64_alone(smtp):
    """A URL is never broken (in the text part's wrapping, or in an HTML attribute): a part with a line longer than
    998 octets would be broken by a relay, so that part goes base64 while the other stays 8bit."""
    from datetime import date

    from pipeline.digest import Digest, DigestItem, DigestTask, plain_text, render_html, render_markdown
    from pipeline.mail import digest_message, part_encoding, send

    url = "https://news.example.cn/a?" + "x" * 1200
    item = DigestItem("a", "中关村", "s", "北京日报", url, None, "zh-Hans", "中关村示范区。", 0.9)
    d = Digest(day=date(2026, 11, 25), previous_day=date(2026, 11, 24), relevant_today=1, relevant_previous=0,
               tasks=(DigestTask("Z1", "任务名称", "Task", (item,), 1, 0),))
    md, html = render_markdown(d), render_html(d)
    assert part_encoding(html) == part_encoding(plain_text(md)) == "base64"   # (both show the URL whole)
    short = render_html(Digest(day=d.day, previous_day=d.previous_day, relevant_today=0, relevant_previous=0,
                               tasks=()))
    inbox, port, _ = smtp
    settings = mail_settings({"ZGC_MAIL_TO": "lead@example.cn", "ZGC_SMTP_HOST": "127.0.0.1",
                              "ZGC_SMTP_PORT": str(port)})
    send(settings, digest_message(settings, "s", md, short))
    longest, parts = _lines_and_parts(inbox.raw[-1])
    assert longest <= 998 and parts["text/plain"][0] == "base64" and parts["text/html"][0] == "8bit"
    assert url in parts["text/plain"][1] and parts["text/html"][1].replace("\r\n", "\n") == short


def test_an_address_that_is_not_ascii_stops_no_one_elses_mail_and_needs_smtputf8_said_once():
    """张三@example.cn in ZGC_MAIL_TO, to a server without SMTPUTF8: nobody got the digest (lead@ included) and the
    error named no address. Now the others get it and that one is named as not sent. To a server with SMTPUTF8,
    MAIL FROM carried BODY=8BITMIME twice (the project's and smtplib's own)."""
    from pipeline.mail import send

    class _Options(_Inbox):
        async def handle_MAIL(self, server, session, envelope, address, mail_options):
            self.mail_options = list(mail_options)
            envelope.mail_from, envelope.mail_options = address, mail_options
            return "250 OK"

    def sent(utf8: bool):
        inbox = _Options()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        controller = Controller(inbox, hostname="127.0.0.1", port=port, enable_SMTPUTF8=utf8)
        controller.start()
        try:
            return send(dataclasses.replace(settings, host="127.0.0.1", port=port), msg), inbox
        finally:
            controller.stop()

    settings = mail_settings({"ZGC_MAIL_TO": "张三@example.cn, lead@example.cn", "ZGC_MAIL_FROM": "zgc@example.cn"})
    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = settings.sender, ", ".join(settings.to), "digest"
    msg.set_content("中关村 " * 20, cte="8bit")
    refused, inbox = sent(utf8=False)
    assert [rcpts for rcpts, _ in inbox.messages] == [["lead@example.cn"]]
    assert list(refused) == ["张三@example.cn"] and "no SMTPUTF8" in refused["张三@example.cn"][1]
    refused, inbox = sent(utf8=True)
    assert refused == {} and sorted(r for rcpts, _ in inbox.messages for r in rcpts) == ["lead@example.cn", "张三@example.cn"]
    assert inbox.mail_options.count("BODY=8BITMIME") == 1 and "SMTPUTF8" in inbox.mail_options
