"""What every arrange operation is: its base class, and the types of the fields they share."""

from __future__ import annotations

from typing import Annotated, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from ..store import Store

Name = Annotated[StrictStr, Field(min_length=1, max_length=100)]
Number = Annotated[StrictStr, Field(min_length=1, max_length=40)]  # an INSZ or RIZIV number, in any notation
Email = Annotated[StrictStr, Field(max_length=254)]
Seed = Annotated[StrictInt, Field(ge=0, le=2**32 - 1)]
Seconds = Annotated[StrictFloat, Field(ge=-(10**9), le=10**9, allow_inf_nan=False)]
Portal = Literal["csam", "vaccinnet", "btb", "uman", "progezondheid", "registratie"]

Result = TypeVar("Result", bound=BaseModel)


class Operation(BaseModel, Generic[Result]):
    """One arrange operation. Subclasses set where the admin API serves it and what it answers."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    method: ClassVar[str] = "POST"
    path: ClassVar[str]
    result: ClassVar[type[BaseModel]]

    def apply(self, store: Store) -> Result:
        raise NotImplementedError
