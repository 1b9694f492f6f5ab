/** Where a price is wrong, in the API's param notation relative to the price (`tiers[1][up_to]`). */
export interface PriceProblem {
  readonly param: string;
  readonly message: string;
}
