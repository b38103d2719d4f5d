// https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image
// generated from terraform resource schema

import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';

// Configuration

export interface RegistryImageConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#id RegistryImage#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * If `true`, the verification of TLS certificates of the server/registry is disabled. Defaults to `false`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#insecure_skip_verify RegistryImage#insecure_skip_verify}
  */
  readonly insecureSkipVerify?: boolean | cdktf.IResolvable;
  /**
  * If true, then the Docker image won't be deleted on destroy operation. If this is false, it will delete the image from the docker registry on destroy operation. Defaults to `false`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#keep_remotely RegistryImage#keep_remotely}
  */
  readonly keepRemotely?: boolean | cdktf.IResolvable;
  /**
  * The name of the Docker image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#name RegistryImage#name}
  */
  readonly name: string;
  /**
  * A map of arbitrary strings that, when changed, will force the `docker_registry_image` resource to be replaced. This can be used to repush a local image
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#triggers RegistryImage#triggers}
  */
  readonly triggers?: { [key: string]: string };
  /**
  * auth_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#auth_config RegistryImage#auth_config}
  */
  readonly authConfig?: RegistryImageAuthConfig;
  /**
  * build block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#build RegistryImage#build}
  */
  readonly buildAttribute?: RegistryImageBuild;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#timeouts RegistryImage#timeouts}
  */
  readonly timeouts?: RegistryImageTimeouts;
}
export interface RegistryImageAuthConfig {
  /**
  * The address of the Docker registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#address RegistryImage#address}
  */
  readonly address: string;
  /**
  * The password for the Docker registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#password RegistryImage#password}
  */
  readonly password?: string;
  /**
  * The username for the Docker registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#username RegistryImage#username}
  */
  readonly username?: string;
}

export function registryImageAuthConfigToTerraform(struct?: RegistryImageAuthConfigOutputReference | RegistryImageAuthConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function registryImageAuthConfigToHclTerraform(struct?: RegistryImageAuthConfigOutputReference | RegistryImageAuthConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageAuthConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RegistryImageAuthConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageAuthConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // address - computed: false, optional: false, required: true
  private _address?: string; 
  public get address(): string {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput(): string | undefined {
    return this._address;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password(): string {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword(): void {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput(): string | undefined {
    return this._password;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username(): string {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername(): void {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput(): string | undefined {
    return this._username;
  }
}
export interface RegistryImageBuildAuthConfig {
  /**
  * the auth token
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#auth RegistryImage#auth}
  */
  readonly auth?: string;
  /**
  * the user emal
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#email RegistryImage#email}
  */
  readonly email?: string;
  /**
  * hostname of the registry
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#host_name RegistryImage#host_name}
  */
  readonly hostName: string;
  /**
  * the identity token
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#identity_token RegistryImage#identity_token}
  */
  readonly identityToken?: string;
  /**
  * the registry password
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#password RegistryImage#password}
  */
  readonly password?: string;
  /**
  * the registry token
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#registry_token RegistryImage#registry_token}
  */
  readonly registryToken?: string;
  /**
  * the server address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#server_address RegistryImage#server_address}
  */
  readonly serverAddress?: string;
  /**
  * the registry user name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#user_name RegistryImage#user_name}
  */
  readonly userName?: string;
}

export function registryImageBuildAuthConfigToTerraform(struct?: RegistryImageBuildAuthConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auth: cdktf.stringToTerraform(struct!.auth),
    email: cdktf.stringToTerraform(struct!.email),
    host_name: cdktf.stringToTerraform(struct!.hostName),
    identity_token: cdktf.stringToTerraform(struct!.identityToken),
    password: cdktf.stringToTerraform(struct!.password),
    registry_token: cdktf.stringToTerraform(struct!.registryToken),
    server_address: cdktf.stringToTerraform(struct!.serverAddress),
    user_name: cdktf.stringToTerraform(struct!.userName),
  }
}


export function registryImageBuildAuthConfigToHclTerraform(struct?: RegistryImageBuildAuthConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auth: {
      value: cdktf.stringToHclTerraform(struct!.auth),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    email: {
      value: cdktf.stringToHclTerraform(struct!.email),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host_name: {
      value: cdktf.stringToHclTerraform(struct!.hostName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    identity_token: {
      value: cdktf.stringToHclTerraform(struct!.identityToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    registry_token: {
      value: cdktf.stringToHclTerraform(struct!.registryToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_address: {
      value: cdktf.stringToHclTerraform(struct!.serverAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_name: {
      value: cdktf.stringToHclTerraform(struct!.userName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageBuildAuthConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RegistryImageBuildAuthConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._auth !== undefined) {
      hasAnyValues = true;
      internalValueResult.auth = this._auth;
    }
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    if (this._hostName !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostName = this._hostName;
    }
    if (this._identityToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.identityToken = this._identityToken;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._registryToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.registryToken = this._registryToken;
    }
    if (this._serverAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.serverAddress = this._serverAddress;
    }
    if (this._userName !== undefined) {
      hasAnyValues = true;
      internalValueResult.userName = this._userName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageBuildAuthConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._auth = undefined;
      this._email = undefined;
      this._hostName = undefined;
      this._identityToken = undefined;
      this._password = undefined;
      this._registryToken = undefined;
      this._serverAddress = undefined;
      this._userName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._auth = value.auth;
      this._email = value.email;
      this._hostName = value.hostName;
      this._identityToken = value.identityToken;
      this._password = value.password;
      this._registryToken = value.registryToken;
      this._serverAddress = value.serverAddress;
      this._userName = value.userName;
    }
  }

  // auth - computed: false, optional: true, required: false
  private _auth?: string; 
  public get auth(): string {
    return this.getStringAttribute('auth');
  }
  public set auth(value: string) {
    this._auth = value;
  }
  public resetAuth(): void {
    this._auth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authInput(): string | undefined {
    return this._auth;
  }

  // email - computed: false, optional: true, required: false
  private _email?: string; 
  public get email(): string {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail(): void {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput(): string | undefined {
    return this._email;
  }

  // host_name - computed: false, optional: false, required: true
  private _hostName?: string; 
  public get hostName(): string {
    return this.getStringAttribute('host_name');
  }
  public set hostName(value: string) {
    this._hostName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostNameInput(): string | undefined {
    return this._hostName;
  }

  // identity_token - computed: false, optional: true, required: false
  private _identityToken?: string; 
  public get identityToken(): string {
    return this.getStringAttribute('identity_token');
  }
  public set identityToken(value: string) {
    this._identityToken = value;
  }
  public resetIdentityToken(): void {
    this._identityToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identityTokenInput(): string | undefined {
    return this._identityToken;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password(): string {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword(): void {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput(): string | undefined {
    return this._password;
  }

  // registry_token - computed: false, optional: true, required: false
  private _registryToken?: string; 
  public get registryToken(): string {
    return this.getStringAttribute('registry_token');
  }
  public set registryToken(value: string) {
    this._registryToken = value;
  }
  public resetRegistryToken(): void {
    this._registryToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get registryTokenInput(): string | undefined {
    return this._registryToken;
  }

  // server_address - computed: false, optional: true, required: false
  private _serverAddress?: string; 
  public get serverAddress(): string {
    return this.getStringAttribute('server_address');
  }
  public set serverAddress(value: string) {
    this._serverAddress = value;
  }
  public resetServerAddress(): void {
    this._serverAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverAddressInput(): string | undefined {
    return this._serverAddress;
  }

  // user_name - computed: false, optional: true, required: false
  private _userName?: string; 
  public get userName(): string {
    return this.getStringAttribute('user_name');
  }
  public set userName(value: string) {
    this._userName = value;
  }
  public resetUserName(): void {
    this._userName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userNameInput(): string | undefined {
    return this._userName;
  }
}

export class RegistryImageBuildAuthConfigList extends cdktf.ComplexList {
  public internalValue? : RegistryImageBuildAuthConfig[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): RegistryImageBuildAuthConfigOutputReference {
    return new RegistryImageBuildAuthConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface RegistryImageBuildSecrets {
  /**
  * Environment variable source of the secret
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#env RegistryImage#env}
  */
  readonly env?: string;
  /**
  * ID of the secret. By default, secrets are mounted to /run/secrets/<id>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#id RegistryImage#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * File source of the secret. Takes precedence over `env`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#src RegistryImage#src}
  */
  readonly src?: string;
}

export function registryImageBuildSecretsToTerraform(struct?: RegistryImageBuildSecrets | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    env: cdktf.stringToTerraform(struct!.env),
    id: cdktf.stringToTerraform(struct!.id),
    src: cdktf.stringToTerraform(struct!.src),
  }
}


export function registryImageBuildSecretsToHclTerraform(struct?: RegistryImageBuildSecrets | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    env: {
      value: cdktf.stringToHclTerraform(struct!.env),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    src: {
      value: cdktf.stringToHclTerraform(struct!.src),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageBuildSecretsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RegistryImageBuildSecrets | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._env !== undefined) {
      hasAnyValues = true;
      internalValueResult.env = this._env;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._src !== undefined) {
      hasAnyValues = true;
      internalValueResult.src = this._src;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageBuildSecrets | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._env = undefined;
      this._id = undefined;
      this._src = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._env = value.env;
      this._id = value.id;
      this._src = value.src;
    }
  }

  // env - computed: false, optional: true, required: false
  private _env?: string; 
  public get env(): string {
    return this.getStringAttribute('env');
  }
  public set env(value: string) {
    this._env = value;
  }
  public resetEnv(): void {
    this._env = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get envInput(): string | undefined {
    return this._env;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id(): string {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput(): string | undefined {
    return this._id;
  }

  // src - computed: false, optional: true, required: false
  private _src?: string; 
  public get src(): string {
    return this.getStringAttribute('src');
  }
  public set src(value: string) {
    this._src = value;
  }
  public resetSrc(): void {
    this._src = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get srcInput(): string | undefined {
    return this._src;
  }
}

export class RegistryImageBuildSecretsList extends cdktf.ComplexList {
  public internalValue? : RegistryImageBuildSecrets[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): RegistryImageBuildSecretsOutputReference {
    return new RegistryImageBuildSecretsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface RegistryImageBuildUlimit {
  /**
  * soft limit
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#hard RegistryImage#hard}
  */
  readonly hard: number;
  /**
  * type of ulimit, e.g. `nofile`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#name RegistryImage#name}
  */
  readonly name: string;
  /**
  * hard limit
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#soft RegistryImage#soft}
  */
  readonly soft: number;
}

export function registryImageBuildUlimitToTerraform(struct?: RegistryImageBuildUlimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hard: cdktf.numberToTerraform(struct!.hard),
    name: cdktf.stringToTerraform(struct!.name),
    soft: cdktf.numberToTerraform(struct!.soft),
  }
}


export function registryImageBuildUlimitToHclTerraform(struct?: RegistryImageBuildUlimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hard: {
      value: cdktf.numberToHclTerraform(struct!.hard),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    soft: {
      value: cdktf.numberToHclTerraform(struct!.soft),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageBuildUlimitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): RegistryImageBuildUlimit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hard !== undefined) {
      hasAnyValues = true;
      internalValueResult.hard = this._hard;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._soft !== undefined) {
      hasAnyValues = true;
      internalValueResult.soft = this._soft;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageBuildUlimit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hard = undefined;
      this._name = undefined;
      this._soft = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hard = value.hard;
      this._name = value.name;
      this._soft = value.soft;
    }
  }

  // hard - computed: false, optional: false, required: true
  private _hard?: number; 
  public get hard(): number {
    return this.getNumberAttribute('hard');
  }
  public set hard(value: number) {
    this._hard = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hardInput(): number | undefined {
    return this._hard;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name(): string {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput(): string | undefined {
    return this._name;
  }

  // soft - computed: false, optional: false, required: true
  private _soft?: number; 
  public get soft(): number {
    return this.getNumberAttribute('soft');
  }
  public set soft(value: number) {
    this._soft = value;
  }
  // Temporarily expose input value. Use with caution.
  public get softInput(): number | undefined {
    return this._soft;
  }
}

export class RegistryImageBuildUlimitList extends cdktf.ComplexList {
  public internalValue? : RegistryImageBuildUlimit[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): RegistryImageBuildUlimitOutputReference {
    return new RegistryImageBuildUlimitOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface RegistryImageBuild {
  /**
  * A list of additional build contexts. Only supported when using a buildx builder. Example: `["name=path", "src = https://example.org"}`. Please see https://docs.docker.com/reference/cli/docker/buildx/build/#build-context for more information.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#additional_contexts RegistryImage#additional_contexts}
  */
  readonly additionalContexts?: string[];
  /**
  * Pairs for build-time variables in the form of `ENDPOINT : "https://example.com"`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#build_args RegistryImage#build_args}
  */
  readonly buildArgs?: { [key: string]: string };
  /**
  * BuildID is an optional identifier that can be passed together with the build request. The same identifier can be used to gracefully cancel the build with the cancel request.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#build_id RegistryImage#build_id}
  */
  readonly buildId?: string;
  /**
  * Path to a file where the buildx log are written to. Only available when `builder` is set. If not set, no logs are available. The path is taken as is, so make sure to use a path that is available.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#build_log_file RegistryImage#build_log_file}
  */
  readonly buildLogFile?: string;
  /**
  * The name of the buildx builder to use. If BUILDX_BUILDER environment variable is set, it will be used. If left empty, the provider tries to resolve to the default builder - which might not always work. If you are in Windows, the legacy builder is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#builder RegistryImage#builder}
  */
  readonly builder?: string;
  /**
  * External cache sources (e.g., `user/app:cache`, `type=local,src=path/to/dir`). Only supported when using a buildx builder.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cache_from RegistryImage#cache_from}
  */
  readonly cacheFrom?: string[];
  /**
  * Cache export destinations (e.g., `user/app:cache`, `type=local,dest=path/to/dir`). Only supported when using a buildx builder.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cache_to RegistryImage#cache_to}
  */
  readonly cacheTo?: string[];
  /**
  * Optional parent cgroup for the container
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cgroup_parent RegistryImage#cgroup_parent}
  */
  readonly cgroupParent?: string;
  /**
  * Value to specify the build context. Currently, only a `PATH` context is supported. You can use the helper function '${path.cwd}/context-dir'. This always refers to the local working directory, even when building images on remote hosts. Please see https://docs.docker.com/build/building/context/ for more information about build contexts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#context RegistryImage#context}
  */
  readonly context: string;
  /**
  * The length of a CPU period in microseconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cpu_period RegistryImage#cpu_period}
  */
  readonly cpuPeriod?: number;
  /**
  * Microseconds of CPU time that the container can get in a CPU period
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cpu_quota RegistryImage#cpu_quota}
  */
  readonly cpuQuota?: number;
  /**
  * CPUs in which to allow execution (e.g., `0-3`, `0`, `1`)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cpu_set_cpus RegistryImage#cpu_set_cpus}
  */
  readonly cpuSetCpus?: string;
  /**
  * MEMs in which to allow execution (`0-3`, `0`, `1`)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cpu_set_mems RegistryImage#cpu_set_mems}
  */
  readonly cpuSetMems?: string;
  /**
  * CPU shares (relative weight)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#cpu_shares RegistryImage#cpu_shares}
  */
  readonly cpuShares?: number;
  /**
  * Name of the Dockerfile. Defaults to `Dockerfile`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#dockerfile RegistryImage#dockerfile}
  */
  readonly dockerfile?: string;
  /**
  * A list of hostnames/IP mappings to add to the container’s /etc/hosts file. Specified in the form ["hostname:IP"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#extra_hosts RegistryImage#extra_hosts}
  */
  readonly extraHosts?: string[];
  /**
  * Always remove intermediate containers
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#force_remove RegistryImage#force_remove}
  */
  readonly forceRemove?: boolean | cdktf.IResolvable;
  /**
  * Isolation represents the isolation technology of a container. The supported values are 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#isolation RegistryImage#isolation}
  */
  readonly isolation?: string;
  /**
  * Set metadata for an image
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#label RegistryImage#label}
  */
  readonly label?: { [key: string]: string };
  /**
  * User-defined key/value metadata
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#labels RegistryImage#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Set memory limit for build
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#memory RegistryImage#memory}
  */
  readonly memory?: number;
  /**
  * Total memory (memory + swap), -1 to enable unlimited swap
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#memory_swap RegistryImage#memory_swap}
  */
  readonly memorySwap?: number;
  /**
  * Set the networking mode for the RUN instructions during build
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#network_mode RegistryImage#network_mode}
  */
  readonly networkMode?: string;
  /**
  * Do not use the cache when building the image
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#no_cache RegistryImage#no_cache}
  */
  readonly noCache?: boolean | cdktf.IResolvable;
  /**
  * Set the target platform for the build. Defaults to `GOOS/GOARCH`. For more information see the [docker documentation](https://github.com/docker/buildx/blob/master/docs/reference/buildx.md#-set-the-target-platforms-for-the-build---platform)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#platform RegistryImage#platform}
  */
  readonly platform?: string;
  /**
  * Set provenance attestation for the build. BuildKit v0.11+ adds provenance attestations by default, which creates OCI image manifests that some registries (like AWS Lambda) don't support. Set to `false` to disable. Valid values: `false`, `true`, `min`, `max`, `mode=min`, `mode=max`, or a full provenance specification. Only available when using a buildx builder.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#provenance RegistryImage#provenance}
  */
  readonly provenance?: string;
  /**
  * Attempt to pull the image even if an older image exists locally
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#pull_parent RegistryImage#pull_parent}
  */
  readonly pullParent?: boolean | cdktf.IResolvable;
  /**
  * A Git repository URI or HTTP/HTTPS context URI. Will be ignored if `builder` is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#remote_context RegistryImage#remote_context}
  */
  readonly remoteContext?: string;
  /**
  * Remove intermediate containers after a successful build. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#remove RegistryImage#remove}
  */
  readonly remove?: boolean | cdktf.IResolvable;
  /**
  * Set SBOM (Software Bill of Materials) attestation for the build. Set to `false` to disable. Valid values: `false`, `true`, or a full SBOM specification. Only available when using a buildx builder.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#sbom RegistryImage#sbom}
  */
  readonly sbom?: string;
  /**
  * The security options
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#security_opt RegistryImage#security_opt}
  */
  readonly securityOpt?: string[];
  /**
  * Set an ID for the build session
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#session_id RegistryImage#session_id}
  */
  readonly sessionId?: string;
  /**
  * Size of /dev/shm in bytes. The size must be greater than 0
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#shm_size RegistryImage#shm_size}
  */
  readonly shmSize?: number;
  /**
  * If true the new layers are squashed into a new image with a single new layer
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#squash RegistryImage#squash}
  */
  readonly squash?: boolean | cdktf.IResolvable;
  /**
  * Suppress the build output and print image ID on success
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#suppress_output RegistryImage#suppress_output}
  */
  readonly suppressOutput?: boolean | cdktf.IResolvable;
  /**
  * Name and optionally a tag in the 'name:tag' format
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#tag RegistryImage#tag}
  */
  readonly tag?: string[];
  /**
  * Set the target build stage to build
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#target RegistryImage#target}
  */
  readonly target?: string;
  /**
  * Force using the legacy Docker builder for image builds, even if buildx/buildkit would be available.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#use_legacy_builder RegistryImage#use_legacy_builder}
  */
  readonly useLegacyBuilder?: boolean | cdktf.IResolvable;
  /**
  * Version of the underlying builder to use
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#version RegistryImage#version}
  */
  readonly version?: string;
  /**
  * auth_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#auth_config RegistryImage#auth_config}
  */
  readonly authConfig?: RegistryImageBuildAuthConfig[] | cdktf.IResolvable;
  /**
  * secrets block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#secrets RegistryImage#secrets}
  */
  readonly secrets?: RegistryImageBuildSecrets[] | cdktf.IResolvable;
  /**
  * ulimit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#ulimit RegistryImage#ulimit}
  */
  readonly ulimit?: RegistryImageBuildUlimit[] | cdktf.IResolvable;
}

export function registryImageBuildToTerraform(struct?: RegistryImageBuildOutputReference | RegistryImageBuild): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    additional_contexts: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.additionalContexts),
    build_args: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.buildArgs),
    build_id: cdktf.stringToTerraform(struct!.buildId),
    build_log_file: cdktf.stringToTerraform(struct!.buildLogFile),
    builder: cdktf.stringToTerraform(struct!.builder),
    cache_from: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.cacheFrom),
    cache_to: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.cacheTo),
    cgroup_parent: cdktf.stringToTerraform(struct!.cgroupParent),
    context: cdktf.stringToTerraform(struct!.context),
    cpu_period: cdktf.numberToTerraform(struct!.cpuPeriod),
    cpu_quota: cdktf.numberToTerraform(struct!.cpuQuota),
    cpu_set_cpus: cdktf.stringToTerraform(struct!.cpuSetCpus),
    cpu_set_mems: cdktf.stringToTerraform(struct!.cpuSetMems),
    cpu_shares: cdktf.numberToTerraform(struct!.cpuShares),
    dockerfile: cdktf.stringToTerraform(struct!.dockerfile),
    extra_hosts: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.extraHosts),
    force_remove: cdktf.booleanToTerraform(struct!.forceRemove),
    isolation: cdktf.stringToTerraform(struct!.isolation),
    label: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.label),
    labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.labels),
    memory: cdktf.numberToTerraform(struct!.memory),
    memory_swap: cdktf.numberToTerraform(struct!.memorySwap),
    network_mode: cdktf.stringToTerraform(struct!.networkMode),
    no_cache: cdktf.booleanToTerraform(struct!.noCache),
    platform: cdktf.stringToTerraform(struct!.platform),
    provenance: cdktf.stringToTerraform(struct!.provenance),
    pull_parent: cdktf.booleanToTerraform(struct!.pullParent),
    remote_context: cdktf.stringToTerraform(struct!.remoteContext),
    remove: cdktf.booleanToTerraform(struct!.remove),
    sbom: cdktf.stringToTerraform(struct!.sbom),
    security_opt: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.securityOpt),
    session_id: cdktf.stringToTerraform(struct!.sessionId),
    shm_size: cdktf.numberToTerraform(struct!.shmSize),
    squash: cdktf.booleanToTerraform(struct!.squash),
    suppress_output: cdktf.booleanToTerraform(struct!.suppressOutput),
    tag: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.tag),
    target: cdktf.stringToTerraform(struct!.target),
    use_legacy_builder: cdktf.booleanToTerraform(struct!.useLegacyBuilder),
    version: cdktf.stringToTerraform(struct!.version),
    auth_config: cdktf.listMapper(registryImageBuildAuthConfigToTerraform, true)(struct!.authConfig),
    secrets: cdktf.listMapper(registryImageBuildSecretsToTerraform, true)(struct!.secrets),
    ulimit: cdktf.listMapper(registryImageBuildUlimitToTerraform, true)(struct!.ulimit),
  }
}


export function registryImageBuildToHclTerraform(struct?: RegistryImageBuildOutputReference | RegistryImageBuild): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    additional_contexts: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.additionalContexts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    build_args: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.buildArgs),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    build_id: {
      value: cdktf.stringToHclTerraform(struct!.buildId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    build_log_file: {
      value: cdktf.stringToHclTerraform(struct!.buildLogFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    builder: {
      value: cdktf.stringToHclTerraform(struct!.builder),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cache_from: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.cacheFrom),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    cache_to: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.cacheTo),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    cgroup_parent: {
      value: cdktf.stringToHclTerraform(struct!.cgroupParent),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    context: {
      value: cdktf.stringToHclTerraform(struct!.context),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cpu_period: {
      value: cdktf.numberToHclTerraform(struct!.cpuPeriod),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    cpu_quota: {
      value: cdktf.numberToHclTerraform(struct!.cpuQuota),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    cpu_set_cpus: {
      value: cdktf.stringToHclTerraform(struct!.cpuSetCpus),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cpu_set_mems: {
      value: cdktf.stringToHclTerraform(struct!.cpuSetMems),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cpu_shares: {
      value: cdktf.numberToHclTerraform(struct!.cpuShares),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    dockerfile: {
      value: cdktf.stringToHclTerraform(struct!.dockerfile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    extra_hosts: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.extraHosts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    force_remove: {
      value: cdktf.booleanToHclTerraform(struct!.forceRemove),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    isolation: {
      value: cdktf.stringToHclTerraform(struct!.isolation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    label: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.label),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    labels: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.labels),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    memory: {
      value: cdktf.numberToHclTerraform(struct!.memory),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    memory_swap: {
      value: cdktf.numberToHclTerraform(struct!.memorySwap),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    network_mode: {
      value: cdktf.stringToHclTerraform(struct!.networkMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    no_cache: {
      value: cdktf.booleanToHclTerraform(struct!.noCache),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    platform: {
      value: cdktf.stringToHclTerraform(struct!.platform),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provenance: {
      value: cdktf.stringToHclTerraform(struct!.provenance),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pull_parent: {
      value: cdktf.booleanToHclTerraform(struct!.pullParent),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    remote_context: {
      value: cdktf.stringToHclTerraform(struct!.remoteContext),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    remove: {
      value: cdktf.booleanToHclTerraform(struct!.remove),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sbom: {
      value: cdktf.stringToHclTerraform(struct!.sbom),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    security_opt: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.securityOpt),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    session_id: {
      value: cdktf.stringToHclTerraform(struct!.sessionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    shm_size: {
      value: cdktf.numberToHclTerraform(struct!.shmSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    squash: {
      value: cdktf.booleanToHclTerraform(struct!.squash),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    suppress_output: {
      value: cdktf.booleanToHclTerraform(struct!.suppressOutput),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    tag: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.tag),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    target: {
      value: cdktf.stringToHclTerraform(struct!.target),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    use_legacy_builder: {
      value: cdktf.booleanToHclTerraform(struct!.useLegacyBuilder),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    version: {
      value: cdktf.stringToHclTerraform(struct!.version),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    auth_config: {
      value: cdktf.listMapperHcl(registryImageBuildAuthConfigToHclTerraform, true)(struct!.authConfig),
      isBlock: true,
      type: "list",
      storageClassType: "RegistryImageBuildAuthConfigList",
    },
    secrets: {
      value: cdktf.listMapperHcl(registryImageBuildSecretsToHclTerraform, true)(struct!.secrets),
      isBlock: true,
      type: "list",
      storageClassType: "RegistryImageBuildSecretsList",
    },
    ulimit: {
      value: cdktf.listMapperHcl(registryImageBuildUlimitToHclTerraform, true)(struct!.ulimit),
      isBlock: true,
      type: "list",
      storageClassType: "RegistryImageBuildUlimitList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageBuildOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): RegistryImageBuild | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._additionalContexts !== undefined) {
      hasAnyValues = true;
      internalValueResult.additionalContexts = this._additionalContexts;
    }
    if (this._buildArgs !== undefined) {
      hasAnyValues = true;
      internalValueResult.buildArgs = this._buildArgs;
    }
    if (this._buildId !== undefined) {
      hasAnyValues = true;
      internalValueResult.buildId = this._buildId;
    }
    if (this._buildLogFile !== undefined) {
      hasAnyValues = true;
      internalValueResult.buildLogFile = this._buildLogFile;
    }
    if (this._builder !== undefined) {
      hasAnyValues = true;
      internalValueResult.builder = this._builder;
    }
    if (this._cacheFrom !== undefined) {
      hasAnyValues = true;
      internalValueResult.cacheFrom = this._cacheFrom;
    }
    if (this._cacheTo !== undefined) {
      hasAnyValues = true;
      internalValueResult.cacheTo = this._cacheTo;
    }
    if (this._cgroupParent !== undefined) {
      hasAnyValues = true;
      internalValueResult.cgroupParent = this._cgroupParent;
    }
    if (this._context !== undefined) {
      hasAnyValues = true;
      internalValueResult.context = this._context;
    }
    if (this._cpuPeriod !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuPeriod = this._cpuPeriod;
    }
    if (this._cpuQuota !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuQuota = this._cpuQuota;
    }
    if (this._cpuSetCpus !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuSetCpus = this._cpuSetCpus;
    }
    if (this._cpuSetMems !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuSetMems = this._cpuSetMems;
    }
    if (this._cpuShares !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuShares = this._cpuShares;
    }
    if (this._dockerfile !== undefined) {
      hasAnyValues = true;
      internalValueResult.dockerfile = this._dockerfile;
    }
    if (this._extraHosts !== undefined) {
      hasAnyValues = true;
      internalValueResult.extraHosts = this._extraHosts;
    }
    if (this._forceRemove !== undefined) {
      hasAnyValues = true;
      internalValueResult.forceRemove = this._forceRemove;
    }
    if (this._isolation !== undefined) {
      hasAnyValues = true;
      internalValueResult.isolation = this._isolation;
    }
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._labels !== undefined) {
      hasAnyValues = true;
      internalValueResult.labels = this._labels;
    }
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    if (this._memorySwap !== undefined) {
      hasAnyValues = true;
      internalValueResult.memorySwap = this._memorySwap;
    }
    if (this._networkMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.networkMode = this._networkMode;
    }
    if (this._noCache !== undefined) {
      hasAnyValues = true;
      internalValueResult.noCache = this._noCache;
    }
    if (this._platform !== undefined) {
      hasAnyValues = true;
      internalValueResult.platform = this._platform;
    }
    if (this._provenance !== undefined) {
      hasAnyValues = true;
      internalValueResult.provenance = this._provenance;
    }
    if (this._pullParent !== undefined) {
      hasAnyValues = true;
      internalValueResult.pullParent = this._pullParent;
    }
    if (this._remoteContext !== undefined) {
      hasAnyValues = true;
      internalValueResult.remoteContext = this._remoteContext;
    }
    if (this._remove !== undefined) {
      hasAnyValues = true;
      internalValueResult.remove = this._remove;
    }
    if (this._sbom !== undefined) {
      hasAnyValues = true;
      internalValueResult.sbom = this._sbom;
    }
    if (this._securityOpt !== undefined) {
      hasAnyValues = true;
      internalValueResult.securityOpt = this._securityOpt;
    }
    if (this._sessionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sessionId = this._sessionId;
    }
    if (this._shmSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.shmSize = this._shmSize;
    }
    if (this._squash !== undefined) {
      hasAnyValues = true;
      internalValueResult.squash = this._squash;
    }
    if (this._suppressOutput !== undefined) {
      hasAnyValues = true;
      internalValueResult.suppressOutput = this._suppressOutput;
    }
    if (this._tag !== undefined) {
      hasAnyValues = true;
      internalValueResult.tag = this._tag;
    }
    if (this._target !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target;
    }
    if (this._useLegacyBuilder !== undefined) {
      hasAnyValues = true;
      internalValueResult.useLegacyBuilder = this._useLegacyBuilder;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    if (this._authConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.authConfig = this._authConfig?.internalValue;
    }
    if (this._secrets?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.secrets = this._secrets?.internalValue;
    }
    if (this._ulimit?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ulimit = this._ulimit?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageBuild | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._additionalContexts = undefined;
      this._buildArgs = undefined;
      this._buildId = undefined;
      this._buildLogFile = undefined;
      this._builder = undefined;
      this._cacheFrom = undefined;
      this._cacheTo = undefined;
      this._cgroupParent = undefined;
      this._context = undefined;
      this._cpuPeriod = undefined;
      this._cpuQuota = undefined;
      this._cpuSetCpus = undefined;
      this._cpuSetMems = undefined;
      this._cpuShares = undefined;
      this._dockerfile = undefined;
      this._extraHosts = undefined;
      this._forceRemove = undefined;
      this._isolation = undefined;
      this._label = undefined;
      this._labels = undefined;
      this._memory = undefined;
      this._memorySwap = undefined;
      this._networkMode = undefined;
      this._noCache = undefined;
      this._platform = undefined;
      this._provenance = undefined;
      this._pullParent = undefined;
      this._remoteContext = undefined;
      this._remove = undefined;
      this._sbom = undefined;
      this._securityOpt = undefined;
      this._sessionId = undefined;
      this._shmSize = undefined;
      this._squash = undefined;
      this._suppressOutput = undefined;
      this._tag = undefined;
      this._target = undefined;
      this._useLegacyBuilder = undefined;
      this._version = undefined;
      this._authConfig.internalValue = undefined;
      this._secrets.internalValue = undefined;
      this._ulimit.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._additionalContexts = value.additionalContexts;
      this._buildArgs = value.buildArgs;
      this._buildId = value.buildId;
      this._buildLogFile = value.buildLogFile;
      this._builder = value.builder;
      this._cacheFrom = value.cacheFrom;
      this._cacheTo = value.cacheTo;
      this._cgroupParent = value.cgroupParent;
      this._context = value.context;
      this._cpuPeriod = value.cpuPeriod;
      this._cpuQuota = value.cpuQuota;
      this._cpuSetCpus = value.cpuSetCpus;
      this._cpuSetMems = value.cpuSetMems;
      this._cpuShares = value.cpuShares;
      this._dockerfile = value.dockerfile;
      this._extraHosts = value.extraHosts;
      this._forceRemove = value.forceRemove;
      this._isolation = value.isolation;
      this._label = value.label;
      this._labels = value.labels;
      this._memory = value.memory;
      this._memorySwap = value.memorySwap;
      this._networkMode = value.networkMode;
      this._noCache = value.noCache;
      this._platform = value.platform;
      this._provenance = value.provenance;
      this._pullParent = value.pullParent;
      this._remoteContext = value.remoteContext;
      this._remove = value.remove;
      this._sbom = value.sbom;
      this._securityOpt = value.securityOpt;
      this._sessionId = value.sessionId;
      this._shmSize = value.shmSize;
      this._squash = value.squash;
      this._suppressOutput = value.suppressOutput;
      this._tag = value.tag;
      this._target = value.target;
      this._useLegacyBuilder = value.useLegacyBuilder;
      this._version = value.version;
      this._authConfig.internalValue = value.authConfig;
      this._secrets.internalValue = value.secrets;
      this._ulimit.internalValue = value.ulimit;
    }
  }

  // additional_contexts - computed: false, optional: true, required: false
  private _additionalContexts?: string[]; 
  public get additionalContexts(): string[] {
    return this.getListAttribute('additional_contexts');
  }
  public set additionalContexts(value: string[]) {
    this._additionalContexts = value;
  }
  public resetAdditionalContexts(): void {
    this._additionalContexts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get additionalContextsInput(): string[] | undefined {
    return this._additionalContexts;
  }

  // build_args - computed: false, optional: true, required: false
  private _buildArgs?: { [key: string]: string }; 
  public get buildArgs(): { [key: string]: string } {
    return this.getStringMapAttribute('build_args');
  }
  public set buildArgs(value: { [key: string]: string }) {
    this._buildArgs = value;
  }
  public resetBuildArgs(): void {
    this._buildArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get buildArgsInput(): { [key: string]: string } | undefined {
    return this._buildArgs;
  }

  // build_id - computed: false, optional: true, required: false
  private _buildId?: string; 
  public get buildId(): string {
    return this.getStringAttribute('build_id');
  }
  public set buildId(value: string) {
    this._buildId = value;
  }
  public resetBuildId(): void {
    this._buildId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get buildIdInput(): string | undefined {
    return this._buildId;
  }

  // build_log_file - computed: false, optional: true, required: false
  private _buildLogFile?: string; 
  public get buildLogFile(): string {
    return this.getStringAttribute('build_log_file');
  }
  public set buildLogFile(value: string) {
    this._buildLogFile = value;
  }
  public resetBuildLogFile(): void {
    this._buildLogFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get buildLogFileInput(): string | undefined {
    return this._buildLogFile;
  }

  // builder - computed: false, optional: true, required: false
  private _builder?: string; 
  public get builder(): string {
    return this.getStringAttribute('builder');
  }
  public set builder(value: string) {
    this._builder = value;
  }
  public resetBuilder(): void {
    this._builder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get builderInput(): string | undefined {
    return this._builder;
  }

  // cache_from - computed: false, optional: true, required: false
  private _cacheFrom?: string[]; 
  public get cacheFrom(): string[] {
    return this.getListAttribute('cache_from');
  }
  public set cacheFrom(value: string[]) {
    this._cacheFrom = value;
  }
  public resetCacheFrom(): void {
    this._cacheFrom = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheFromInput(): string[] | undefined {
    return this._cacheFrom;
  }

  // cache_to - computed: false, optional: true, required: false
  private _cacheTo?: string[]; 
  public get cacheTo(): string[] {
    return this.getListAttribute('cache_to');
  }
  public set cacheTo(value: string[]) {
    this._cacheTo = value;
  }
  public resetCacheTo(): void {
    this._cacheTo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheToInput(): string[] | undefined {
    return this._cacheTo;
  }

  // cgroup_parent - computed: false, optional: true, required: false
  private _cgroupParent?: string; 
  public get cgroupParent(): string {
    return this.getStringAttribute('cgroup_parent');
  }
  public set cgroupParent(value: string) {
    this._cgroupParent = value;
  }
  public resetCgroupParent(): void {
    this._cgroupParent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cgroupParentInput(): string | undefined {
    return this._cgroupParent;
  }

  // context - computed: false, optional: false, required: true
  private _context?: string; 
  public get context(): string {
    return this.getStringAttribute('context');
  }
  public set context(value: string) {
    this._context = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contextInput(): string | undefined {
    return this._context;
  }

  // cpu_period - computed: false, optional: true, required: false
  private _cpuPeriod?: number; 
  public get cpuPeriod(): number {
    return this.getNumberAttribute('cpu_period');
  }
  public set cpuPeriod(value: number) {
    this._cpuPeriod = value;
  }
  public resetCpuPeriod(): void {
    this._cpuPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuPeriodInput(): number | undefined {
    return this._cpuPeriod;
  }

  // cpu_quota - computed: false, optional: true, required: false
  private _cpuQuota?: number; 
  public get cpuQuota(): number {
    return this.getNumberAttribute('cpu_quota');
  }
  public set cpuQuota(value: number) {
    this._cpuQuota = value;
  }
  public resetCpuQuota(): void {
    this._cpuQuota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuQuotaInput(): number | undefined {
    return this._cpuQuota;
  }

  // cpu_set_cpus - computed: false, optional: true, required: false
  private _cpuSetCpus?: string; 
  public get cpuSetCpus(): string {
    return this.getStringAttribute('cpu_set_cpus');
  }
  public set cpuSetCpus(value: string) {
    this._cpuSetCpus = value;
  }
  public resetCpuSetCpus(): void {
    this._cpuSetCpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuSetCpusInput(): string | undefined {
    return this._cpuSetCpus;
  }

  // cpu_set_mems - computed: false, optional: true, required: false
  private _cpuSetMems?: string; 
  public get cpuSetMems(): string {
    return this.getStringAttribute('cpu_set_mems');
  }
  public set cpuSetMems(value: string) {
    this._cpuSetMems = value;
  }
  public resetCpuSetMems(): void {
    this._cpuSetMems = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuSetMemsInput(): string | undefined {
    return this._cpuSetMems;
  }

  // cpu_shares - computed: false, optional: true, required: false
  private _cpuShares?: number; 
  public get cpuShares(): number {
    return this.getNumberAttribute('cpu_shares');
  }
  public set cpuShares(value: number) {
    this._cpuShares = value;
  }
  public resetCpuShares(): void {
    this._cpuShares = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuSharesInput(): number | undefined {
    return this._cpuShares;
  }

  // dockerfile - computed: false, optional: true, required: false
  private _dockerfile?: string; 
  public get dockerfile(): string {
    return this.getStringAttribute('dockerfile');
  }
  public set dockerfile(value: string) {
    this._dockerfile = value;
  }
  public resetDockerfile(): void {
    this._dockerfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dockerfileInput(): string | undefined {
    return this._dockerfile;
  }

  // extra_hosts - computed: false, optional: true, required: false
  private _extraHosts?: string[]; 
  public get extraHosts(): string[] {
    return this.getListAttribute('extra_hosts');
  }
  public set extraHosts(value: string[]) {
    this._extraHosts = value;
  }
  public resetExtraHosts(): void {
    this._extraHosts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraHostsInput(): string[] | undefined {
    return this._extraHosts;
  }

  // force_remove - computed: false, optional: true, required: false
  private _forceRemove?: boolean | cdktf.IResolvable; 
  public get forceRemove(): cdktf.IResolvable {
    return this.getBooleanAttribute('force_remove');
  }
  public set forceRemove(value: boolean | cdktf.IResolvable) {
    this._forceRemove = value;
  }
  public resetForceRemove(): void {
    this._forceRemove = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceRemoveInput(): boolean | cdktf.IResolvable | undefined {
    return this._forceRemove;
  }

  // isolation - computed: false, optional: true, required: false
  private _isolation?: string; 
  public get isolation(): string {
    return this.getStringAttribute('isolation');
  }
  public set isolation(value: string) {
    this._isolation = value;
  }
  public resetIsolation(): void {
    this._isolation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isolationInput(): string | undefined {
    return this._isolation;
  }

  // label - computed: false, optional: true, required: false
  private _label?: { [key: string]: string }; 
  public get label(): { [key: string]: string } {
    return this.getStringMapAttribute('label');
  }
  public set label(value: { [key: string]: string }) {
    this._label = value;
  }
  public resetLabel(): void {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput(): { [key: string]: string } | undefined {
    return this._label;
  }

  // labels - computed: false, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels(): { [key: string]: string } {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels(): void {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput(): { [key: string]: string } | undefined {
    return this._labels;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory(): number {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory(): void {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput(): number | undefined {
    return this._memory;
  }

  // memory_swap - computed: false, optional: true, required: false
  private _memorySwap?: number; 
  public get memorySwap(): number {
    return this.getNumberAttribute('memory_swap');
  }
  public set memorySwap(value: number) {
    this._memorySwap = value;
  }
  public resetMemorySwap(): void {
    this._memorySwap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memorySwapInput(): number | undefined {
    return this._memorySwap;
  }

  // network_mode - computed: false, optional: true, required: false
  private _networkMode?: string; 
  public get networkMode(): string {
    return this.getStringAttribute('network_mode');
  }
  public set networkMode(value: string) {
    this._networkMode = value;
  }
  public resetNetworkMode(): void {
    this._networkMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkModeInput(): string | undefined {
    return this._networkMode;
  }

  // no_cache - computed: false, optional: true, required: false
  private _noCache?: boolean | cdktf.IResolvable; 
  public get noCache(): cdktf.IResolvable {
    return this.getBooleanAttribute('no_cache');
  }
  public set noCache(value: boolean | cdktf.IResolvable) {
    this._noCache = value;
  }
  public resetNoCache(): void {
    this._noCache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noCacheInput(): boolean | cdktf.IResolvable | undefined {
    return this._noCache;
  }

  // platform - computed: false, optional: true, required: false
  private _platform?: string; 
  public get platform(): string {
    return this.getStringAttribute('platform');
  }
  public set platform(value: string) {
    this._platform = value;
  }
  public resetPlatform(): void {
    this._platform = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get platformInput(): string | undefined {
    return this._platform;
  }

  // provenance - computed: false, optional: true, required: false
  private _provenance?: string; 
  public get provenance(): string {
    return this.getStringAttribute('provenance');
  }
  public set provenance(value: string) {
    this._provenance = value;
  }
  public resetProvenance(): void {
    this._provenance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provenanceInput(): string | undefined {
    return this._provenance;
  }

  // pull_parent - computed: false, optional: true, required: false
  private _pullParent?: boolean | cdktf.IResolvable; 
  public get pullParent(): cdktf.IResolvable {
    return this.getBooleanAttribute('pull_parent');
  }
  public set pullParent(value: boolean | cdktf.IResolvable) {
    this._pullParent = value;
  }
  public resetPullParent(): void {
    this._pullParent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pullParentInput(): boolean | cdktf.IResolvable | undefined {
    return this._pullParent;
  }

  // remote_context - computed: false, optional: true, required: false
  private _remoteContext?: string; 
  public get remoteContext(): string {
    return this.getStringAttribute('remote_context');
  }
  public set remoteContext(value: string) {
    this._remoteContext = value;
  }
  public resetRemoteContext(): void {
    this._remoteContext = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteContextInput(): string | undefined {
    return this._remoteContext;
  }

  // remove - computed: false, optional: true, required: false
  private _remove?: boolean | cdktf.IResolvable; 
  public get remove(): cdktf.IResolvable {
    return this.getBooleanAttribute('remove');
  }
  public set remove(value: boolean | cdktf.IResolvable) {
    this._remove = value;
  }
  public resetRemove(): void {
    this._remove = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeInput(): boolean | cdktf.IResolvable | undefined {
    return this._remove;
  }

  // sbom - computed: false, optional: true, required: false
  private _sbom?: string; 
  public get sbom(): string {
    return this.getStringAttribute('sbom');
  }
  public set sbom(value: string) {
    this._sbom = value;
  }
  public resetSbom(): void {
    this._sbom = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sbomInput(): string | undefined {
    return this._sbom;
  }

  // security_opt - computed: false, optional: true, required: false
  private _securityOpt?: string[]; 
  public get securityOpt(): string[] {
    return this.getListAttribute('security_opt');
  }
  public set securityOpt(value: string[]) {
    this._securityOpt = value;
  }
  public resetSecurityOpt(): void {
    this._securityOpt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityOptInput(): string[] | undefined {
    return this._securityOpt;
  }

  // session_id - computed: false, optional: true, required: false
  private _sessionId?: string; 
  public get sessionId(): string {
    return this.getStringAttribute('session_id');
  }
  public set sessionId(value: string) {
    this._sessionId = value;
  }
  public resetSessionId(): void {
    this._sessionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionIdInput(): string | undefined {
    return this._sessionId;
  }

  // shm_size - computed: false, optional: true, required: false
  private _shmSize?: number; 
  public get shmSize(): number {
    return this.getNumberAttribute('shm_size');
  }
  public set shmSize(value: number) {
    this._shmSize = value;
  }
  public resetShmSize(): void {
    this._shmSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shmSizeInput(): number | undefined {
    return this._shmSize;
  }

  // squash - computed: false, optional: true, required: false
  private _squash?: boolean | cdktf.IResolvable; 
  public get squash(): cdktf.IResolvable {
    return this.getBooleanAttribute('squash');
  }
  public set squash(value: boolean | cdktf.IResolvable) {
    this._squash = value;
  }
  public resetSquash(): void {
    this._squash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get squashInput(): boolean | cdktf.IResolvable | undefined {
    return this._squash;
  }

  // suppress_output - computed: false, optional: true, required: false
  private _suppressOutput?: boolean | cdktf.IResolvable; 
  public get suppressOutput(): cdktf.IResolvable {
    return this.getBooleanAttribute('suppress_output');
  }
  public set suppressOutput(value: boolean | cdktf.IResolvable) {
    this._suppressOutput = value;
  }
  public resetSuppressOutput(): void {
    this._suppressOutput = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get suppressOutputInput(): boolean | cdktf.IResolvable | undefined {
    return this._suppressOutput;
  }

  // tag - computed: false, optional: true, required: false
  private _tag?: string[]; 
  public get tag(): string[] {
    return this.getListAttribute('tag');
  }
  public set tag(value: string[]) {
    this._tag = value;
  }
  public resetTag(): void {
    this._tag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput(): string[] | undefined {
    return this._tag;
  }

  // target - computed: false, optional: true, required: false
  private _target?: string; 
  public get target(): string {
    return this.getStringAttribute('target');
  }
  public set target(value: string) {
    this._target = value;
  }
  public resetTarget(): void {
    this._target = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput(): string | undefined {
    return this._target;
  }

  // use_legacy_builder - computed: false, optional: true, required: false
  private _useLegacyBuilder?: boolean | cdktf.IResolvable; 
  public get useLegacyBuilder(): cdktf.IResolvable {
    return this.getBooleanAttribute('use_legacy_builder');
  }
  public set useLegacyBuilder(value: boolean | cdktf.IResolvable) {
    this._useLegacyBuilder = value;
  }
  public resetUseLegacyBuilder(): void {
    this._useLegacyBuilder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useLegacyBuilderInput(): boolean | cdktf.IResolvable | undefined {
    return this._useLegacyBuilder;
  }

  // version - computed: false, optional: true, required: false
  private _version?: string; 
  public get version(): string {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion(): void {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput(): string | undefined {
    return this._version;
  }

  // auth_config - computed: false, optional: true, required: false
  private _authConfig = new RegistryImageBuildAuthConfigList(this, "auth_config", false);
  public get authConfig(): RegistryImageBuildAuthConfigList {
    return this._authConfig;
  }
  public putAuthConfig(value: RegistryImageBuildAuthConfig[] | cdktf.IResolvable): void {
    this._authConfig.internalValue = value;
  }
  public resetAuthConfig(): void {
    this._authConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authConfigInput(): RegistryImageBuildAuthConfig[] | cdktf.IResolvable | undefined {
    return this._authConfig.internalValue;
  }

  // secrets - computed: false, optional: true, required: false
  private _secrets = new RegistryImageBuildSecretsList(this, "secrets", false);
  public get secrets(): RegistryImageBuildSecretsList {
    return this._secrets;
  }
  public putSecrets(value: RegistryImageBuildSecrets[] | cdktf.IResolvable): void {
    this._secrets.internalValue = value;
  }
  public resetSecrets(): void {
    this._secrets.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsInput(): RegistryImageBuildSecrets[] | cdktf.IResolvable | undefined {
    return this._secrets.internalValue;
  }

  // ulimit - computed: false, optional: true, required: false
  private _ulimit = new RegistryImageBuildUlimitList(this, "ulimit", false);
  public get ulimit(): RegistryImageBuildUlimitList {
    return this._ulimit;
  }
  public putUlimit(value: RegistryImageBuildUlimit[] | cdktf.IResolvable): void {
    this._ulimit.internalValue = value;
  }
  public resetUlimit(): void {
    this._ulimit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ulimitInput(): RegistryImageBuildUlimit[] | cdktf.IResolvable | undefined {
    return this._ulimit.internalValue;
  }
}
export interface RegistryImageTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#create RegistryImage#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#delete RegistryImage#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#update RegistryImage#update}
  */
  readonly update?: string;
}

export function registryImageTimeoutsToTerraform(struct?: RegistryImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function registryImageTimeoutsToHclTerraform(struct?: RegistryImageTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RegistryImageTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RegistryImageTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RegistryImageTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create(): string {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate(): void {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput(): string | undefined {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete(): string {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete(): void {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput(): string | undefined {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update(): string {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate(): void {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput(): string | undefined {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image docker_registry_image}
*/
export class RegistryImage extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "docker_registry_image";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RegistryImage resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RegistryImage to import
  * @param importFromId The id of the existing RegistryImage that should be imported. Refer to the {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RegistryImage to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "docker_registry_image", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image docker_registry_image} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RegistryImageConfig
  */
  public constructor(scope: Construct, id: string, config: RegistryImageConfig) {
    super(scope, id, {
      terraformResourceType: 'docker_registry_image',
      terraformGeneratorMetadata: {
        providerName: 'docker',
        providerVersionConstraint: '~> 4.6'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._insecureSkipVerify = config.insecureSkipVerify;
    this._keepRemotely = config.keepRemotely;
    this._name = config.name;
    this._triggers = config.triggers;
    this._authConfig.internalValue = config.authConfig;
    this._build.internalValue = config.buildAttribute;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id(): string {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId(): void {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput(): string | undefined {
    return this._id;
  }

  // insecure_skip_verify - computed: false, optional: true, required: false
  private _insecureSkipVerify?: boolean | cdktf.IResolvable; 
  public get insecureSkipVerify(): cdktf.IResolvable {
    return this.getBooleanAttribute('insecure_skip_verify');
  }
  public set insecureSkipVerify(value: boolean | cdktf.IResolvable) {
    this._insecureSkipVerify = value;
  }
  public resetInsecureSkipVerify(): void {
    this._insecureSkipVerify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureSkipVerifyInput(): boolean | cdktf.IResolvable | undefined {
    return this._insecureSkipVerify;
  }

  // keep_remotely - computed: false, optional: true, required: false
  private _keepRemotely?: boolean | cdktf.IResolvable; 
  public get keepRemotely(): cdktf.IResolvable {
    return this.getBooleanAttribute('keep_remotely');
  }
  public set keepRemotely(value: boolean | cdktf.IResolvable) {
    this._keepRemotely = value;
  }
  public resetKeepRemotely(): void {
    this._keepRemotely = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepRemotelyInput(): boolean | cdktf.IResolvable | undefined {
    return this._keepRemotely;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name(): string {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput(): string | undefined {
    return this._name;
  }

  // sha256_digest - computed: true, optional: false, required: false
  public get sha256Digest(): string {
    return this.getStringAttribute('sha256_digest');
  }

  // triggers - computed: false, optional: true, required: false
  private _triggers?: { [key: string]: string }; 
  public get triggers(): { [key: string]: string } {
    return this.getStringMapAttribute('triggers');
  }
  public set triggers(value: { [key: string]: string }) {
    this._triggers = value;
  }
  public resetTriggers(): void {
    this._triggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggersInput(): { [key: string]: string } | undefined {
    return this._triggers;
  }

  // auth_config - computed: false, optional: true, required: false
  private _authConfig = new RegistryImageAuthConfigOutputReference(this, "auth_config");
  public get authConfig(): RegistryImageAuthConfigOutputReference {
    return this._authConfig;
  }
  public putAuthConfig(value: RegistryImageAuthConfig): void {
    this._authConfig.internalValue = value;
  }
  public resetAuthConfig(): void {
    this._authConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authConfigInput(): RegistryImageAuthConfig | undefined {
    return this._authConfig.internalValue;
  }

  // build - computed: false, optional: true, required: false
  private _build = new RegistryImageBuildOutputReference(this, "build");
  public get buildAttribute(): RegistryImageBuildOutputReference {
    return this._build;
  }
  public putBuildAttribute(value: RegistryImageBuild): void {
    this._build.internalValue = value;
  }
  public resetBuildAttribute(): void {
    this._build.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get buildAttributeInput(): RegistryImageBuild | undefined {
    return this._build.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new RegistryImageTimeoutsOutputReference(this, "timeouts");
  public get timeouts(): RegistryImageTimeoutsOutputReference {
    return this._timeouts;
  }
  public putTimeouts(value: RegistryImageTimeouts): void {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts(): void {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput(): RegistryImageTimeouts | cdktf.IResolvable | undefined {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      insecure_skip_verify: cdktf.booleanToTerraform(this._insecureSkipVerify),
      keep_remotely: cdktf.booleanToTerraform(this._keepRemotely),
      name: cdktf.stringToTerraform(this._name),
      triggers: cdktf.hashMapper(cdktf.stringToTerraform)(this._triggers),
      auth_config: registryImageAuthConfigToTerraform(this._authConfig.internalValue),
      build: registryImageBuildToTerraform(this._build.internalValue),
      timeouts: registryImageTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure_skip_verify: {
        value: cdktf.booleanToHclTerraform(this._insecureSkipVerify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      keep_remotely: {
        value: cdktf.booleanToHclTerraform(this._keepRemotely),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      triggers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._triggers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      auth_config: {
        value: registryImageAuthConfigToHclTerraform(this._authConfig.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "RegistryImageAuthConfigList",
      },
      build: {
        value: registryImageBuildToHclTerraform(this._build.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "RegistryImageBuildList",
      },
      timeouts: {
        value: registryImageTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "RegistryImageTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
