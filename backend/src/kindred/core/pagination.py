"""Page-numbered lists with totals: the shape every list endpoint returns."""

from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field

MAX_PAGE_SIZE = 200


class PageParams(BaseModel):
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def page_params(
    page: Annotated[int, Query(ge=1, le=100_000, description="1-based page number.")] = 1,
    page_size: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page (at most 200).")
    ] = 25,
) -> PageParams:
    return PageParams(page=page, page_size=page_size)


Paging = Annotated[PageParams, Depends(page_params)]


Item = TypeVar("Item")


class Page(BaseModel, Generic[Item]):
    """One page of results and how many there are in all."""

    items: list[Item] = Field(description="The results on this page.")
    total: int = Field(description="How many results match, across all pages.")
    page: int = Field(description="This page's number, from 1.")
    page_size: int = Field(description="The most results a page holds.")

    @classmethod
    def of(cls, items: list[Item], total: int, params: PageParams) -> "Page[Item]":
        return cls(items=items, total=total, page=params.page, page_size=params.page_size)
