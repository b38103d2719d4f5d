// https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth
// generated from terraform resource schema

import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';

// Configuration

export interface DataCoderExternalAuthConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of a configured external auth provider set up in your Coder deployment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth#id DataCoderExternalAuth#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Authenticating with the external auth provider is not required, and can be skipped by users when creating or updating workspaces
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth#optional DataCoderExternalAuth#optional}
  */
  readonly optional?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth coder_external_auth}
*/
export class DataCoderExternalAuth extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "coder_external_auth";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataCoderExternalAuth resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataCoderExternalAuth to import
  * @param importFromId The id of the existing DataCoderExternalAuth that should be imported. Refer to the {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataCoderExternalAuth to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "coder_external_auth", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/coder/coder/2.18.0/docs/data-sources/external_auth coder_external_auth} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataCoderExternalAuthConfig
  */
  public constructor(scope: Construct, id: string, config: DataCoderExternalAuthConfig) {
    super(scope, id, {
      terraformResourceType: 'coder_external_auth',
      terraformGeneratorMetadata: {
        providerName: 'coder',
        providerVersionConstraint: '~> 2.18'
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
    this._optional = config.optional;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_token - computed: true, optional: false, required: false
  public get accessToken(): string {
    return this.getStringAttribute('access_token');
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

  // optional - computed: false, optional: true, required: false
  private _optional?: boolean | cdktf.IResolvable; 
  public get optional(): cdktf.IResolvable {
    return this.getBooleanAttribute('optional');
  }
  public set optional(value: boolean | cdktf.IResolvable) {
    this._optional = value;
  }
  public resetOptional(): void {
    this._optional = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionalInput(): boolean | cdktf.IResolvable | undefined {
    return this._optional;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      optional: cdktf.booleanToTerraform(this._optional),
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
      optional: {
        value: cdktf.booleanToHclTerraform(this._optional),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
