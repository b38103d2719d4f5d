import "vitest";

/** A binding class as cdktf's matchers take it: anything with a static `tfResourceType`. */
interface TerraformConstructor {
  readonly tfResourceType: string;
}

declare module "vitest" {
  interface Assertion<T> {
    toHaveResource(resource: TerraformConstructor): T;
    toHaveResourceWithProperties(resource: TerraformConstructor, properties: object): T;
    toHaveDataSource(dataSource: TerraformConstructor): T;
    toHaveDataSourceWithProperties(dataSource: TerraformConstructor, properties: object): T;
    toHaveProvider(provider: TerraformConstructor): T;
    toHaveProviderWithProperties(provider: TerraformConstructor, properties: object): T;
    toBeValidTerraform(): T;
    toPlanSuccessfully(): T;
  }
}
