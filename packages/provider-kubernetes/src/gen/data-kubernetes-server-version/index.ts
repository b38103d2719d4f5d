// https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/data-sources/server_version
// generated from terraform resource schema

import { Construct } from '@codex-coder/cdk';
import * as cdktf from '@codex-coder/cdk';

// Configuration

export interface DataKubernetesServerVersionConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/data-sources/server_version#id DataKubernetesServerVersion#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/data-sources/server_version kubernetes_server_version}
*/
export class DataKubernetesServerVersion extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "kubernetes_server_version";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataKubernetesServerVersion resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataKubernetesServerVersion to import
  * @param importFromId The id of the existing DataKubernetesServerVersion that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/data-sources/server_version#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataKubernetesServerVersion to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "kubernetes_server_version", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hashicorp/kubernetes/3.2.1/docs/data-sources/server_version kubernetes_server_version} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataKubernetesServerVersionConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataKubernetesServerVersionConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'kubernetes_server_version',
      terraformGeneratorMetadata: {
        providerName: 'kubernetes',
        providerVersionConstraint: '>= 2.7.0, < 4.0.0'
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // build_date - computed: true, optional: false, required: false
  public get buildDate(): string {
    return this.getStringAttribute('build_date');
  }

  // compiler - computed: true, optional: false, required: false
  public get compiler(): string {
    return this.getStringAttribute('compiler');
  }

  // git_commit - computed: true, optional: false, required: false
  public get gitCommit(): string {
    return this.getStringAttribute('git_commit');
  }

  // git_tree_state - computed: true, optional: false, required: false
  public get gitTreeState(): string {
    return this.getStringAttribute('git_tree_state');
  }

  // git_version - computed: true, optional: false, required: false
  public get gitVersion(): string {
    return this.getStringAttribute('git_version');
  }

  // go_version - computed: true, optional: false, required: false
  public get goVersion(): string {
    return this.getStringAttribute('go_version');
  }

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

  // major - computed: true, optional: false, required: false
  public get major(): string {
    return this.getStringAttribute('major');
  }

  // minor - computed: true, optional: false, required: false
  public get minor(): string {
    return this.getStringAttribute('minor');
  }

  // platform - computed: true, optional: false, required: false
  public get platform(): string {
    return this.getStringAttribute('platform');
  }

  // version - computed: true, optional: false, required: false
  public get version(): string {
    return this.getStringAttribute('version');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
