"""Tokens: one per role, compared in constant time; none, wrong and another role's."""

from __future__ import annotations

from emcee.net.roles import Role
from emcee.net.tokens import Access, Tokens, well_formed


def test_each_role_has_its_own_random_token():
    tokens = Tokens.fresh()
    values = list(tokens.by_role.values())
    assert len(set(values)) == len(Role) and all(len(v) >= 24 for v in values)
    assert Tokens.fresh().by_role != tokens.by_role


def test_no_token_wrong_token_and_another_roles_token():
    tokens = Tokens.fresh()
    stage = tokens.by_role[Role.STAGE]
    assert tokens.check(Role.STAGE, stage) is Access.OK
    assert tokens.check(Role.STAGE, None) is Access.NO_TOKEN
    assert tokens.check(Role.STAGE, "") is Access.NO_TOKEN
    assert tokens.check(Role.STAGE, "nope") is Access.REFUSED
    assert tokens.check(Role.MODERATOR, stage) is Access.REFUSED
    assert tokens.check(Role.STAGE, "한글토큰") is Access.REFUSED
    assert tokens.check(Role.STAGE, stage * 10) is Access.REFUSED
    assert tokens.role_of(stage) is Role.STAGE
    assert tokens.role_of(stage[:-1]) is None


def test_saved_tokens_come_back_and_bad_ones_are_replaced():
    tokens = Tokens.fresh()
    saved = {role.value: token for role, token in tokens.by_role.items()}
    saved["clock"] = "not a token!"
    del saved["stage"]
    restored = Tokens.restore(saved)
    assert restored.by_role[Role.MODERATOR] == tokens.by_role[Role.MODERATOR]
    assert well_formed(restored.by_role[Role.CLOCK])
    assert restored.by_role[Role.CLOCK] != "not a token!"
    assert well_formed(restored.by_role[Role.STAGE])
